package io.stormwall.wall.internal;

import io.stormwall.wall.WallErrors;
import io.stormwall.web.ApiException;
import io.stormwall.web.InputProblem;
import io.stormwall.web.JsonContract;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads a batch's ops as the schema's {@code batchOps}, refusing anything else with the JSON path of the first fault. */
final class OpParser {

    private static final int MOST = JsonContract.get().at(JsonContract.Document.PROTOCOL, "/$defs/batchOps/maxItems").asInt();

    private OpParser() {}

    static List<Op> parse(JsonNode ops) {
        JsonNode checked = ops == null ? MissingNode.getInstance() : ops;
        if (checked.isArray() && checked.size() > MOST) {
            throw new ApiException(HttpStatus.BAD_REQUEST, WallErrors.BATCH_TOO_LARGE,
                    "A batch holds at most " + MOST + " ops; this one has " + checked.size() + ".", "ops");
        }
        List<InputProblem> problems = JsonContract.get().problems(JsonContract.Document.PROTOCOL, "batchOps", checked, "ops");
        if (!problems.isEmpty()) {
            throw WallErrors.invalid(problems.get(0).path(), problems.get(0).message());
        }
        List<Op> parsed = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            parsed.add(JsonMapper.shared().treeToValue(ops.get(i), Op.class).at("ops[" + i + "]", (ObjectNode) ops.get(i)));
        }
        return parsed;
    }
}
