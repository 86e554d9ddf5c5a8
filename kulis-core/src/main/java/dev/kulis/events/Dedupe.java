package dev.kulis.events;

import dev.kulis.model.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Events told more than once in an article are kept once. */
final class Dedupe {
    private Dedupe() {
    }

    /** One event per type, participants, time and modality: the first mention of it. */
    static List<Event> events(List<Event> events) {
        Map<String, Event> out = new LinkedHashMap<>();
        for (Event e : events) {
            List<String> ids = e.participants().stream().map(r -> String.valueOf(r.entity())).sorted().toList();
            out.putIfAbsent(e.type() + "|" + ids + "|" + e.time() + "|" + e.modality(), e);
        }
        return new ArrayList<>(out.values());
    }
}
