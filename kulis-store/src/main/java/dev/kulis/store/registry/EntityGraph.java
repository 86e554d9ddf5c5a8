package dev.kulis.store.registry;

import java.util.List;

/** Entities as nodes and who-quotes/meets/mentions-whom as weighted edges. */
public record EntityGraph(List<Node> nodes, List<Edge> edges) {
    public EntityGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public record Node(String id, String type, String name, long articles) {
    }

    /** @param kind {@code quotes} (source addresses or is quoted on target), {@code meets} (an event with both),
     *              {@code mentions} (named in the same article); weight = number of articles */
    public record Edge(String source, String target, String kind, long weight) {
    }
}
