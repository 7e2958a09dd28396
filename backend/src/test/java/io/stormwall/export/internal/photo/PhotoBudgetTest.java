package io.stormwall.export.internal.photo;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Photos are drawn a few at a time: one more than the budget is refused at once with a hint when to retry. */
@StormwallTest
@TestPropertySource(properties = "stormwall.export.concurrent-photos=1")
class PhotoBudgetTest {

    private final Api api;
    private final PhotoBudget budget;

    PhotoBudgetTest(@LocalServerPort int port, @Autowired PhotoBudget budget) {
        this.api = new Api(port);
        this.budget = budget;
    }

    @Test
    void aPhotoPastTheBudgetIsRefused503WithRetryAfterAndDrawnOnceAPlaceIsFree() {
        Api.TestBoard board = api.createBoard("Busy photographer", "free");
        // the one place is taken, as by a photo being drawn
        assertThat(budget.tryHold()).isTrue();
        try {
            for (String photo : new String[] {"export.png", "export.svg"}) {
                Api.Response busy = api.get("/api/boards/" + board.id() + "/" + photo, board.observer());
                assertThat(busy.status()).isEqualTo(503);
                assertThat(busy.json().get("code").asString()).isEqualTo("EXPORT_BUSY");
                assertThat(busy.json().get("detail").asString()).contains("stormwall.export.concurrent-photos");
                assertThat(busy.header("Retry-After")).hasValue("5");
            }
        } finally {
            budget.release();
        }
        assertThat(api.get("/api/boards/" + board.id() + "/export.png", board.observer()).status()).isEqualTo(200);
        assertThat(api.get("/api/boards/" + board.id() + "/export.svg", board.observer()).status()).isEqualTo(200);
    }
}
