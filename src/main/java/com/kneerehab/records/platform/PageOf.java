package com.kneerehab.records.platform;

import java.util.List;
import java.util.function.LongSupplier;

/** One page of a longer list, with what a pager needs. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    public int pageCount() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }

    /**
     * A page whose total is counted only when its rows do not already tell it: a page with fewer rows
     * than fit is the last one, so the total follows from its position (one statement saved on most
     * searches, which fit on their first page).
     */
    public static <T> PageOf<T> counting(List<T> items, int page, int size, LongSupplier countAll) {
        boolean last = items.size() < size && (page == 0 || !items.isEmpty());
        return new PageOf<>(items, page, size, last ? (long) page * size + items.size() : countAll.getAsLong());
    }

    public static int clampSize(Integer size, int fallback) {
        if (size == null || size < 1) {
            return fallback;
        }
        return Math.min(size, MAX_SIZE);
    }

    public static int clampPage(Integer page) {
        return page == null || page < 0 ? 0 : page;
    }
}
