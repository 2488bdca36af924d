package com.kneerehab.records.fhir;

import org.hl7.fhir.r4.model.Resource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The resources of one patient's record, in the order they were mapped, findable by type and id. */
final class MappedRecord {

    private final Map<String, Resource> resources = new LinkedHashMap<>();

    void add(Resource resource) {
        resources.put(key(resource.fhirType(), resource.getIdElement().getIdPart()), resource);
    }

    List<Resource> all() {
        return new ArrayList<>(resources.values());
    }

    List<Resource> ofType(String type) {
        return resources.values().stream().filter(r -> r.fhirType().equals(type)).toList();
    }

    Optional<Resource> find(String type, String id) {
        return Optional.ofNullable(resources.get(key(type, id)));
    }

    private static String key(String type, String id) {
        return type + "/" + id;
    }
}
