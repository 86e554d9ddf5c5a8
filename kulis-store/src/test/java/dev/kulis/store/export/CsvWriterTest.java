package dev.kulis.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
    @Test
    void quotesOnlyWhatNeedsQuotingAndDoublesInnerQuotes() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(Arrays.asList("id", "text"));
        csv.row(Arrays.asList("a1", "Soyer, \"Size çok ihtiyacımız var\" dedi."));
        csv.row(Arrays.asList(null, "iki\nsatır", 3));
        assertThat(out.toString()).isEqualTo("id,text\r\n"
                + "a1,\"Soyer, \"\"Size çok ihtiyacımız var\"\" dedi.\"\r\n"
                + ",\"iki\nsatır\",3\r\n");
    }
}
