package com.kneerehab.records.architecture.sample.platform;

import com.kneerehab.records.architecture.sample.chart.Screen;

/** Wrong on purpose: the bottom of the stack reaching the top. */
public class Helper {
    public String title(Screen screen) {
        return screen.toString();
    }
}
