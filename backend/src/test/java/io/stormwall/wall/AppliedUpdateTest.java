package io.stormwall.wall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stormwall.board.BoardId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@Tag("rules")
class AppliedUpdateTest {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Instant AT = Instant.parse("2026-03-01T10:15:00Z");
    private final BatchApplied batch = new BatchApplied(new BoardId(UUID.randomUUID()), 8, new Origin("grace"), "g:1", "Grace", AT, "[]");
    private final Element invoice = new Element(UUID.randomUUID(), ElementKind.EVENT, "Invoice Sent", 100, 40, 160, 100, 3, null, null,
            null, object("""
                    {"status": "agreed", "owner": "Ada",
                     "fields": {"f1": {"name": "invoiceId", "type": "id"}, "f2": {"name": "amount", "type": "money"}}}"""),
            4, "Ada", Instant.EPOCH);

    @Test
    void givenFieldsReplaceAndTheRestStays() {
        Element moved = AppliedUpdate.applied(invoice, object("{\"x\": 300, \"text\": \"Invoice Issued\"}"), 5, batch);

        assertThat(moved).isEqualTo(new Element(invoice.id(), ElementKind.EVENT, "Invoice Issued", 300, 40, 160, 100, 3, null, null,
                null, invoice.props(), 5, "Grace", AT));
    }

    @Test
    void propsMergeAndANullRemovesOne() {
        Element changed = AppliedUpdate.applied(invoice, object("{\"props\": {\"status\": null, \"colour\": \"red\"}}"), 5, batch);

        assertThat(changed.props()).isEqualTo(object("""
                {"owner": "Ada", "colour": "red",
                 "fields": {"f1": {"name": "invoiceId", "type": "id"}, "f2": {"name": "amount", "type": "money"}}}"""));
    }

    @Test
    void keyedPropsMergeOneLevelDeeperSoTwoPeoplesFieldsBothStay() {
        Element changed = AppliedUpdate.applied(invoice,
                object("{\"props\": {\"fields\": {\"f2\": null, \"f3\": {\"name\": \"dueOn\", \"type\": \"date\"}}}}"), 5, batch);

        assertThat(changed.props().get("fields")).isEqualTo(object("""
                {"f1": {"name": "invoiceId", "type": "id"}, "f3": {"name": "dueOn", "type": "date"}}"""));
        assertThat(invoice.props().get("fields").size()).as("the old element is left as it was").isEqualTo(2);
    }

    @Test
    void theLastKeyedEntryRemovedTakesThePropAway() {
        Element changed = AppliedUpdate.applied(invoice, object("{\"props\": {\"fields\": {\"f1\": null, \"f2\": null}}}"), 5, batch);

        assertThat(changed.props().has("fields")).isFalse();
    }

    @Test
    void anUpdateOfAnElementNeverCreatedIsALogThatCannotBeTrusted() {
        assertThatThrownBy(() -> AppliedUpdate.applied(null, object("{\"x\": 1}"), 1, batch))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at seq 8");
    }

    private static ObjectNode object(String text) {
        return (ObjectNode) JSON.readTree(text);
    }
}
