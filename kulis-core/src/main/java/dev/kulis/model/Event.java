package dev.kulis.model;

import java.util.List;

/** Something that happened or is announced (visit, meeting, support_pledge, …) with its evidence span. */
public record Event(String type, int start, int end, String text, List<EntityRef> participants, String place,
                    String time, String modality) implements Span {
    public Event {
        Span.check(start, end);
        participants = List.copyOf(participants);
    }
}
