package io.stormwall.export.internal.photo;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The badge a photo draws says a sticky's properties in the words the browser's badge uses. */
@Tag("rules")
class BadgeTest {

    @Test
    void aHotspotsStatusReadsAsWordsBeforeItsOwner() {
        assertThat(PhotoPainter.badge(hotspot("in-progress", "Ann"))).isEqualTo("in progress · Ann");
        assertThat(PhotoPainter.badge(hotspot("open", " Ann "))).isEqualTo("open · Ann");
        assertThat(PhotoPainter.badge(hotspot(null, null))).isEmpty();
    }

    private static Element hotspot(String status, String owner) {
        ObjectNode props = JsonNodeFactory.instance.objectNode();
        if (status != null) {
            props.put("status", status);
        }
        if (owner != null) {
            props.put("owner", owner);
        }
        return new Element(UUID.randomUUID(), ElementKind.HOTSPOT, "Who may cancel?", 0, 0, 160, 120, 1, null, null, null,
                props, 1, "Ada", Instant.now());
    }
}
