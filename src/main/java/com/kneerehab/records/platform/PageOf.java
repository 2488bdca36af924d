package com.kneerehab.records.platform;

import java.util.List;

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
