package fr.passerelle.kernel.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** The shape of every list answered by the API: {@code {"total":N,"items":[…]}}. */
@JsonbPropertyOrder({"total", "page", "size", "items"})
public class ListResult<T> {

    private final long total;
    private final int page;
    private final int size;
    private final List<T> items;

    public ListResult(long total, Paging paging, List<T> items) {
        this.total = total;
        this.page = paging.page();
        this.size = paging.size();
        this.items = List.copyOf(items);
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public int getSize() {
        return size;
    }

    public List<T> getItems() {
        return items;
    }
}
