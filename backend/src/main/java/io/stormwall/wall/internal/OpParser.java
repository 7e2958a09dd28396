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

    private OpParser() {}

    static List<Op> parse(JsonNode ops) {
        JsonNode checked = ops == null ? MissingNode.getInstance() : ops;
        List<InputProblem> problems = JsonContract.get().problems(JsonContract.Document.PROTOCOL, "batchOps", checked, "ops");
        if (!problems.isEmpty()) {
            InputProblem first = problems.get(0);
            if (first.path().equals("ops") && checked.isArray()) {
                throw new ApiException(HttpStatus.BAD_REQUEST, WallErrors.BATCH_TOO_LARGE,
                        "A batch holds at most " + JsonContract.get().at(JsonContract.Document.PROTOCOL, "/$defs/batchOps/maxItems")
                                + " ops; this one has " + checked.size() + ".", "ops");
            }
            throw WallErrors.invalid(first.path(), first.message());
        }
        List<Op> parsed = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            ObjectNode source = (ObjectNode) ops.get(i);
            parsed.add(JsonMapper.shared().treeToValue(source, Op.class).at("ops[" + i + "]", source));
        }
        return parsed;
    }
}
