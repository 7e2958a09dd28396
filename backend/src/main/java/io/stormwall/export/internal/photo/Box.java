package io.stormwall.export.internal.photo;

import io.stormwall.wall.Element;

/** A rectangle in wall coordinates: an element's place, or the part of the wall a photo shows. */
record Box(double x, double y, double w, double h) {

    static Box of(Element e) {
        return new Box(e.x(), e.y(), e.w(), e.h());
    }

    double right() {
        return x + w;
    }

    double bottom() {
        return y + h;
    }

    double centreX() {
        return x + w / 2;
    }

    double centreY() {
        return y + h / 2;
    }

    Box union(Box other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }

    Box inflate(double by) {
        return new Box(x - by, y - by, w + 2 * by, h + 2 * by);
    }

    boolean intersects(Box other) {
        return other.x < right() && other.right() > x && other.y < bottom() && other.bottom() > y;
    }
}
