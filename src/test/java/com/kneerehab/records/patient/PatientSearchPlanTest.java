package com.kneerehab.records.patient;

import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every shape of patient search stays on its indexes on a clinic of 10 000 patients: EXPLAIN of each
 * statement (the page and its count) reads the patient table only through an index, never by a full scan.
 */
@QuarkusTest
class PatientSearchPlanTest {

    static final int PATIENTS = 10_000;
    static final String[] GIVEN = {"Hannah", "Lucas", "Emma", "Daan", "Sophie", "Noah", "Julia", "Sem", "Mila", "Finn",
            "Tess", "Levi", "Sara", "Milan", "Anna", "Jesse", "Eva", "Thomas", "Lotte", "Ruben", "Fleur", "Max", "Lisa",
            "Bram", "Nora", "Luuk", "Zoë", "Jan", "Iris", "Pieter", "Fatima", "Mohammed", "Aisha", "Youssef", "Ananya"};
    static final String[] FAMILY = {"Verhoeven", "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit",
            "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
            "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "de Haan",
            "Vermeulen", "Janssen", "van Dijk", "Koster", "Prins", "Huisman", "Müller", "Schmidt", "García", "Rossi",
            "Smith", "Jones", "O'Brien", "Murphy", "Kowalski", "Nowak", "Yılmaz", "Okafor", "Patel", "Nguyen", "Kim"};
    static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

    @Inject
    TestDatabase db;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @BeforeEach
    void tenThousandPatients() throws SQLException {
        db.reset();
        try (Connection c = admin(); Statement sql = c.createStatement()) {
            StringBuilder insert = null;
            for (int i = 0; i < PATIENTS; i++) {
                if (i % 1000 == 0) {
                    if (insert != null) {
                        sql.execute(insert.toString());
                    }
                    insert = new StringBuilder("INSERT INTO patient (mrn, given_name, family_name, date_of_birth, sex,"
                            + " phone, affected_side, status, created_at, updated_at) VALUES ");
                } else {
                    insert.append(',');
                }
                LocalDate born = LocalDate.of(1950, 1, 1).plusDays((i * 37L) % (58 * 365));
                insert.append("('KR").append(String.format("%08d", 20_000_000 + i * 7)).append("', '")
                        .append(GIVEN[i % GIVEN.length]).append("', '")
                        .append(FAMILY[(i * 7 + i / GIVEN.length) % FAMILY.length].replace("'", "''")).append("', '")
                        .append(born).append("', 'FEMALE', '+31 6 ").append(10_000_000 + i * 13).append("', 'LEFT', '")
                        .append(i % 7 == 0 ? "DISCHARGED" : "ACTIVE").append("', UTC_TIMESTAMP(), UTC_TIMESTAMP())");
            }
            sql.execute(insert.toString());
            sql.execute("ANALYZE TABLE patient");
        }
        assertEquals(PATIENTS, db.count("patient"));
    }

    @AfterEach
    void clean() {
        db.reset();
    }

    @Test
    void everyKindOfSearchReadsThePatientTableThroughAnIndex() throws SQLException {
        var format = PatientQuery.clinicFormat("dd.MM.yyyy");
        List<String> wrong = new ArrayList<>();
        for (String typed : List.of("KR20000007", "kr200001", "20000007", "1980-05-17", "17.05.1980",
                "+31 6 10001300", "0610001300", "Verh", "Verhoeven", "Hannah Verhoeven", "Verhoeven Hannah",
                "van den Berg Anna", "Han Verh", "O'Brien")) {
            PatientRepository.Search search = PatientRepository.Search.of(PatientQuery.of(typed, format));
            for (String statement : List.of(search.select() + " LIMIT 25", search.count())) {
                for (String[] row : explain(inline(statement, search.params()))) {
                    String table = row[0];
                    String type = row[1];
                    String key = row[2];
                    if ((table.equals("patient") || table.equals("p")) && (type.equals("ALL") || key == null)) {
                        wrong.add(typed + ": " + table + " read by " + type + " (key " + key + ")");
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), "full scans of the patient table: " + wrong);
    }

    /** EXPLAIN's table, access type and chosen key for each step of the statement's plan. */
    private List<String[]> explain(String statement) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = admin(); Statement sql = c.createStatement();
             ResultSet rs = sql.executeQuery("EXPLAIN " + statement)) {
            while (rs.next()) {
                rows.add(new String[] {String.valueOf(rs.getString("table")), String.valueOf(rs.getString("type")),
                        rs.getString("key")});
            }
        }
        assertTrue(!rows.isEmpty(), statement);
        return rows;
    }

    /** The statement with its parameters written in as literals, as EXPLAIN needs them. */
    private static String inline(String statement, Map<String, Object> params) {
        Matcher m = PARAMETER.matcher(statement);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = params.get(m.group(1));
            assertTrue(params.containsKey(m.group(1)), "no value for " + m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(
                    "'" + String.valueOf(value).replace("\\", "\\\\").replace("'", "''") + "'"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(url, "root", "");
    }
}
