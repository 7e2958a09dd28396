package io.stormwall.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What counts as readable text, and how output is made well-formed. No server. */
@Tag("rules")
class ReadableJsonTest {

    @Test
    void wholeCharactersOfEveryPlaneAreReadable() {
        assertThat(ReadableJson.problemIn(JsonMapper.shared().readTree("{\"text\":\"Order \uD83D\uDCE6 Placed — Größe 注文\",\"\uD83D\uDE00\":[\"ok\"]}")))
                .isEmpty();
    }

    @Test
    void namesTheFirstUnreadablePlaceByItsPath() {
        assertThat(ReadableJson.problemIn(JsonMapper.shared().readTree("{\"ops\":[{\"a\":\"ok\"},{\"b\":[\"x\\udc00\"]}]}")))
                .hasValueSatisfying(p -> {
                    assertThat(p.path()).isEqualTo("ops[1].b[0]");
                    assertThat(p.message()).contains("lone surrogate (\\uDC00)").contains("character 2");
                });
        assertThat(ReadableJson.problemIn(JsonMapper.shared().readTree("{\"a\":{\"b\\u0000\":1}}")))
                .hasValueSatisfying(p -> assertThat(p.path()).isEqualTo("a.b\\u0000"));
        assertThat(ReadableJson.problemIn(JsonMapper.shared().readTree("\"\\u0000\"")))
                .hasValueSatisfying(p -> assertThat(p.path()).isEqualTo("$"));
    }

    @Test
    void aBodyRefusedAsBytesForASurrogateInAFieldNameIsNamedFromItsText() {
        byte[] body = "{\"title\":\"Fine\",\"\\ud800\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ReadableJson.problemInRefused(body)).hasValueSatisfying(p -> assertThat(p.path()).isEqualTo("\\uD800"));
        assertThat(ReadableJson.problemInRefused("{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void wellFormedReplacesOnlyLoneSurrogates() {
        String text = "a\uD800b\uD83D\uDE00c\uDC00";
        assertThat(ReadableJson.wellFormed(text)).isEqualTo("a\uFFFDb\uD83D\uDE00c\uFFFD");
        String fine = "nothing to do \uD83D\uDE00";
        assertThat(ReadableJson.wellFormed(fine)).isSameAs(fine);
    }
}
