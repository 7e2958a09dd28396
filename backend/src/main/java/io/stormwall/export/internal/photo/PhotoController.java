package io.stormwall.export.internal.photo;

import io.stormwall.board.Access;
import io.stormwall.board.BoardAccess;
import io.stormwall.board.BoardId;
import io.stormwall.export.internal.CheckpointSeq;
import io.stormwall.wall.Checkpoints;
import io.stormwall.export.internal.Attachments;
import io.stormwall.web.ApiException;
import java.math.BigDecimal;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Photos of the wall, SVG and PNG, for anyone holding one of the board's links: people, scripts and CI alike. */
@RestController
class PhotoController {

    static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");
    /** The scale the PNG was drawn at, chosen or asked for, so a script knows how wall units map to pixels. */
    static final String SCALE_HEADER = "X-Stormwall-Scale";

    private final BoardAccess access;
    private final Photos photos;
    private final PhotoBudget budget;
    private final Checkpoints checkpoints;

    PhotoController(BoardAccess access, Photos photos, PhotoBudget budget, Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
        this.access = access;
        this.photos = photos;
        this.budget = budget;
    }

    @GetMapping("/api/boards/{id}/export.svg")
    ResponseEntity<byte[]> svg(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(required = false) String context, @RequestParam(required = false) String x,
            @RequestParam(required = false) String y, @RequestParam(required = false) String w,
            @RequestParam(required = false) String h) {
        Access granted = access.require(BoardId.parse(id), authorization);
        return svg(photos.take(granted.boardId(), new Frame.Query(context, x, y, w, h)));
    }

    /** The wall as it stood at a checkpoint (docs/api.md, Checkpoints). */
    @GetMapping("/api/boards/{id}/checkpoints/{seq}/export.svg")
    ResponseEntity<byte[]> checkpointSvg(@PathVariable String id, @PathVariable String seq,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(required = false) String context, @RequestParam(required = false) String x,
            @RequestParam(required = false) String y, @RequestParam(required = false) String w,
            @RequestParam(required = false) String h) {
        Access granted = access.require(BoardId.parse(id), authorization);
        return svg(photos.take(checkpoints.wallAt(granted.boardId(), CheckpointSeq.parse(seq)), new Frame.Query(context, x, y, w, h)));
    }

    @GetMapping("/api/boards/{id}/checkpoints/{seq}/export.png")
    ResponseEntity<byte[]> checkpointPng(@PathVariable String id, @PathVariable String seq,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Access granted = access.require(BoardId.parse(id), authorization);
        Sheet sheet = photos.take(checkpoints.wallAt(granted.boardId(), CheckpointSeq.parse(seq)), new Frame.Query(null, null, null, null, null));
        double factor = photos.fittingScale(sheet);
        byte[] png = budget.draw(() -> photos.png(sheet, factor));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .header(SCALE_HEADER, BigDecimal.valueOf(factor).stripTrailingZeros().toPlainString())
                .headers(headers -> download(headers, sheet, "png"))
                .body(png);
    }

    private ResponseEntity<byte[]> svg(Sheet sheet) {
        return ResponseEntity.ok()
                .contentType(SVG)
                // the SVG holds no script, and a browser opening it straight from the API must not run any either
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .headers(headers -> download(headers, sheet, "svg"))
                .body(budget.draw(() -> photos.svg(sheet)));
    }

    @GetMapping("/api/boards/{id}/export.png")
    ResponseEntity<byte[]> png(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(required = false) String context, @RequestParam(required = false) String x,
            @RequestParam(required = false) String y, @RequestParam(required = false) String w,
            @RequestParam(required = false) String h, @RequestParam(required = false) String scale) {
        Access granted = access.require(BoardId.parse(id), authorization);
        Double asked = scale(scale);
        Sheet sheet = photos.take(granted.boardId(), new Frame.Query(context, x, y, w, h));
        double factor = asked == null ? photos.fittingScale(sheet) : asked;
        byte[] png = budget.draw(() -> photos.png(sheet, factor));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .header(SCALE_HEADER, BigDecimal.valueOf(factor).stripTrailingZeros().toPlainString())
                .headers(headers -> download(headers, sheet, "png"))
                .body(png);
    }

    /** The scale asked for, or null to let the server choose one that fits. */
    private static Double scale(String text) {
        if (text == null) {
            return null;
        }
        double scale;
        try {
            scale = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid("scale", "'scale' must be a number from " + Photos.MIN_SCALE + " to " + (int) Photos.MAX_SCALE + ".");
        }
        Photos.checkScale(scale);
        return scale;
    }

    private static void download(HttpHeaders headers, Sheet sheet, String extension) {
        Photo photo = sheet.photo();
        headers.set(HttpHeaders.CONTENT_DISPOSITION,
                Attachments.disposition(photo.title(), photo.frame().contextName().orElse(null), extension));
        headers.setCacheControl(CacheControl.noStore().cachePrivate());
        headers.set("X-Content-Type-Options", "nosniff");
    }
}
