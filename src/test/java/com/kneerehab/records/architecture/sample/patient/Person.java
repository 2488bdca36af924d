package com.kneerehab.records.architecture.sample.patient;

import com.kneerehab.records.architecture.sample.alert.Alarm;

/** Wrong on purpose: the other half of the cycle. */
public class Person {
    public Alarm alarm;
}
