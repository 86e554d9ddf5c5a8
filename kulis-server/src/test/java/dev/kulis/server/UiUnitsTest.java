package dev.kulis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** The UI's pure functions (graph layout, Turkish dates, ids in paths) under node's test runner; skips without node. */
class UiUnitsTest {

    @Test
    void uiFunctionsPassTheirTests() throws Exception {
        assumeTrue(NodeScripts.nodeRuns(), "no node on the PATH");
        NodeScripts.Run run = NodeScripts.run(60, "--test", NodeScripts.DIR.resolve("units.test.mjs").toString());
        assertThat(run.finished()).as(run.output()).isTrue();
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("# pass 5").contains("# fail 0");
    }
}
