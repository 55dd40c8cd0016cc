package fr.passerelle.resources.control;

/** What checking one address found: reachable or broken, the last HTTP status if any, a French explanation. */
public record LinkVerdict(boolean broken, Integer statusCode, String detail) {

    static LinkVerdict ok(int status) {
        return new LinkVerdict(false, status, "accessible (HTTP " + status + ")");
    }

    static LinkVerdict broken(Integer status, String detail) {
        return new LinkVerdict(true, status, detail);
    }
}
