package com.kneerehab.records.architecture.sample.alert;

import com.kneerehab.records.architecture.sample.patient.Person;

/** Wrong on purpose: one half of a cycle between two features of the same level. */
public class Alarm {
    public Person person;
}
