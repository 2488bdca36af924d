package com.kneerehab.records.architecture.sample.chart;

import com.kneerehab.records.architecture.sample.platform.Helper;

/** Allowed: the top of the stack using the bottom. */
public class Screen {
    public String render() {
        return new Helper().title(this);
    }
}
