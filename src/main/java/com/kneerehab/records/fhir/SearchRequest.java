package com.kneerehab.records.fhir;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One search: its parameters (each given once), the page asked for ({@code _count}, default 20, at most
 * 100; {@code _offset}) and whether only the total is wanted ({@code _summary=count}). Builds the answer,
 * a searchset Bundle with self, first, previous and next links that repeat the search.
 *
 * @param base the API's root address, such as {@code https://records.example/fhir/r4}
 */
record SearchRequest(String base, String type, Map<String, String> params, int count, int offset, boolean onlyCount) {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;

    static SearchRequest of(String base, ServedType served, Map<String, List<String>> query) {
        Map<String, String> params = new TreeMap<>();
        query.forEach((name, values) -> {
            if (!served.accepts(name)) {
                throw FhirError.invalid(FhirService.text().unknownParameter(served.type, name));
            }
            if (values.size() != 1 || values.get(0).isBlank()) {
                throw FhirError.invalid(FhirService.text().badParameter(name));
            }
            params.put(name, values.get(0).strip());
        });
        int count = number(params.remove("_count"), "_count", DEFAULT_COUNT);
        int offset = number(params.remove("_offset"), "_offset", 0);
        String summary = params.remove("_summary");
        if (summary != null && !summary.equals("count") && !summary.equals("false")) {
            throw FhirError.invalid(FhirService.text().badParameter("_summary"));
        }
        params.remove("_format");
        params.remove("_pretty");
        return new SearchRequest(base, served.type, params, Math.min(Math.max(count, 1), MAX_COUNT), offset,
                "count".equals(summary));
    }

    private static int number(String value, String name, int otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < 0) {
                throw FhirError.invalid(FhirService.text().badParameter(name));
            }
            return n;
        } catch (NumberFormatException e) {
            throw FhirError.invalid(FhirService.text().badParameter(name));
        }
    }

    String param(String name) {
        return params.get(name);
    }

    /** The page of {@code matches} this search asks for, out of {@code total}, as a searchset Bundle. */
    Bundle bundle(List<? extends Resource> page, long total) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal((int) total);
        if (onlyCount) {
            bundle.addLink().setRelation("self").setUrl(link(offset, "&_summary=count"));
            return bundle;
        }
        bundle.addLink().setRelation("self").setUrl(link(offset, ""));
        bundle.addLink().setRelation("first").setUrl(link(0, ""));
        if (offset > 0) {
            bundle.addLink().setRelation("previous").setUrl(link(Math.max(0, offset - count), ""));
        }
        if (offset + count < total) {
            bundle.addLink().setRelation("next").setUrl(link(offset + count, ""));
        }
        for (Resource resource : page) {
            bundle.addEntry().setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                    .setResource(resource).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    /** The page of an in-memory list of matches. */
    Bundle page(List<? extends Resource> matches) {
        int from = Math.min(offset, matches.size());
        int to = Math.min(from + count, matches.size());
        return bundle(onlyCount ? List.of() : matches.subList(from, to), matches.size());
    }

    private String link(int at, String extra) {
        String search = params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return base + "/" + type + "?" + (search.isEmpty() ? "" : search + "&") + "_count=" + count
                + "&_offset=" + at + extra;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
