import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Fills a freshly migrated Knee Rehab Records database with a clinic at benchmark scale: clinicians,
 * patients, evaluations, plans with their exercises, session logs and a valid audit hash chain. Not part
 * of the application: run it with the single-file launcher (see bench/README.md).
 *
 * <pre>
 * java -cp mariadb-java-client.jar bench/src/SeedClinic.java --url jdbc:mariadb://127.0.0.1:3306/kneerehab_bench \
 *      --user root --password "" --hmac-key "$AUDIT_HMAC_KEY" --out target/bench/data
 * </pre>
 *
 * Every row is generated from a fixed seed, so two runs produce the same clinic (apart from dates, which
 * are relative to today so that current plans and recent sessions stay current).
 */
public class SeedClinic {

    // ------------------------------------------------------------------ scale (overridable by flags)
    int clinicians = 50;
    int patients = 10_000;
    int evaluations = 100_000;
    int plans = 30_000;
    long sessions = 1_000_000;
    long auditEntries = 2_000_000;
    /** The id the application gives the key (AUDIT_KEY_ID); stored with every seeded value. */
    String keyId = "k1";
    int benchPatients = 64;

    String url;
    String user = "root";
    String password = "";
    String hmacKey;
    Path out = Path.of("target/bench/data");

    static final String BENCH_CLINICIAN = "bench.clinician";
    static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    static final String GENESIS = "0".repeat(64);

    final SplittableRandom random = new SplittableRandom(20_240_917L);
    final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    // what later stages need from earlier ones
    String[] clinicianUser;
    String[] clinicianName;
    long[] activeExercises;
    final Map<Long, int[]> exerciseDefaults = new LinkedHashMap<>();
    final Map<Long, String> exerciseText = new LinkedHashMap<>(); // the SQL values a plan copies: name, purpose, ...
    LocalDate[] episodeEnd;          // per patient (index = id - 1): the last visit
    boolean[] discharged;
    List<long[]> signedByPatient;    // per patient: ids of signed evaluations, oldest first
    List<LocalDate[]> signedDates;   // per patient: their visit dates
    final List<PlanRow> planRows = new ArrayList<>();
    final List<long[]> planItems = new ArrayList<>(); // per plan index: exercise ids in position order
    final List<Long> benchDrafts = new ArrayList<>();
    final List<Long> signedSample = new ArrayList<>();

    record PlanRow(long id, long patientId, long evaluationId, Long previousId, int number, boolean current,
                   LocalDate start, LocalDate end, Instant createdAt, Instant supersededAt, String prescriber,
                   String prescriberName) {
    }

    public static void main(String[] args) throws Exception {
        SeedClinic seed = new SeedClinic();
        seed.parse(args);
        seed.run();
    }

    void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = value == null ? "" : args[++i];
                case "--hmac-key" -> hmacKey = args[++i];
                case "--key-id" -> keyId = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                case "--patients" -> patients = Integer.parseInt(args[++i]);
                case "--evaluations" -> evaluations = Integer.parseInt(args[++i]);
                case "--plans" -> plans = Integer.parseInt(args[++i]);
                case "--sessions" -> sessions = Long.parseLong(args[++i]);
                case "--audit" -> auditEntries = Long.parseLong(args[++i]);
                case "--bench-patients" -> benchPatients = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        if (url == null || hmacKey == null) {
            throw new IllegalArgumentException("--url and --hmac-key are required");
        }
        if (hmacKey.length() < 32) {
            throw new IllegalArgumentException("--hmac-key must be at least 32 characters, like AUDIT_HMAC_KEY");
        }
        if (evaluations < patients || plans > patients * 3 || benchPatients > plans) {
            throw new IllegalArgumentException("Scale does not fit: need evaluations >= patients, plans <= 3 x patients");
        }
    }

    void run() throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(out);
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            requireEmpty(db);
            try (Statement s = db.createStatement()) {
                s.execute("SET SESSION foreign_key_checks = 0");
                s.execute("SET SESSION unique_checks = 0");
                s.execute("SET SESSION time_zone = '+00:00'");
            }
            db.setAutoCommit(false);
            step("exercises", () -> exercises(db));
            step("clinicians and patients", () -> people(db));
            step("evaluations", () -> evaluations(db));
            step("plans and their exercises", () -> plans(db));
            step("session logs", () -> sessions(db));
            step("accounts", () -> accounts(db));
            step("audit trail", () -> audit(db));
            try (Statement s = db.createStatement()) {
                s.execute("SET SESSION foreign_key_checks = 1");
                s.execute("SET SESSION unique_checks = 1");
            }
            db.setAutoCommit(true);
            step("statistics (ANALYZE TABLE)", () -> {
                try (Statement s = db.createStatement()) {
                    s.execute("ANALYZE TABLE patient, evaluation, exercise, treatment_plan, plan_exercise, session_log,"
                            + " account, audit_entry, audit_seal, clinician_alert, episode_of_care");
                }
            });
        }
        System.out.printf("Seeded in %.1f s. Bench inputs written to %s%n", (System.nanoTime() - started) / 1e9, out);
    }

    interface Work {
        void run() throws Exception;
    }

    static void step(String name, Work work) throws Exception {
        long t = System.nanoTime();
        work.run();
        System.out.printf("  %-28s %6.1f s%n", name, (System.nanoTime() - t) / 1e9);
    }

    void requireEmpty(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM patient) + (SELECT COUNT(*) FROM audit_entry)"
                    + " + (SELECT COUNT(*) FROM account)")) {
                rs.next();
                if (rs.getLong(1) != 0) {
                    throw new IllegalStateException("The database already holds patients, accounts or audit entries."
                            + " Seed a freshly migrated, empty database (bench/seed.sh recreates it).");
                }
            }
        }
    }

    // ------------------------------------------------------------------ exercises

    static final String[][] LIBRARY = {
            {"Clamshell with band", "Wakes up the deep hip rotators so the thigh stops rolling inwards when you land.",
                    "Gluteus medius; deep hip external rotators",
                    "1. Lie on your side, hips and knees bent, a band just above the knees.\n2. Keep the feet together and lift the top knee without rolling the pelvis back.\n3. Lower slowly."},
            {"Side-lying hip abduction", "Strength for the outer hip, which keeps the pelvis level on one leg.",
                    "Gluteus medius; tensor fasciae latae",
                    "1. Lie on your side with the bottom knee bent.\n2. Lift the straight top leg slightly behind the body line.\n3. Lower without letting the hip roll forwards."},
            {"Glute bridge march", "Hip extension strength with a steady pelvis, a base for running.",
                    "Gluteus maximus; hamstrings; trunk",
                    "1. Lift into a bridge.\n2. Keep the hips level while you lift one foot a hand's width, then the other.\n3. Keep breathing; lower when the hips start to drop."},
            {"Wall sit (isometric)", "Loads the front of the knee without movement, which often calms kneecap pain.",
                    "Quadriceps; patellar tendon",
                    "1. Lean your back against a wall, feet a step forwards.\n2. Slide down to a comfortable knee bend, no deeper than 60 degrees.\n3. Hold, then stand up with support."},
            {"Step-down from a low step", "Control of the knee over the foot when lowering the body on one leg.",
                    "Quadriceps; gluteus medius; foot arch",
                    "1. Stand on a low step on the sore leg.\n2. Lower the other heel slowly to touch the floor, knee in line with the second toe.\n3. Push back up."},
            {"Calf raise on a step", "Calf strength and ankle control for running and stairs.", "Gastrocnemius; soleus",
                    "1. Stand with the balls of the feet on a step.\n2. Rise up high, then lower the heels slowly below the step.\n3. Progress to one leg."},
            {"Single-leg balance", "Balance and small-muscle control around the ankle, knee and hip.",
                    "Foot intrinsics; ankle stabilisers; hip",
                    "1. Stand on one leg near a support, knee soft.\n2. Keep the arch lifted and the pelvis level.\n3. Progress by closing the eyes or standing on a cushion."},
            {"Terminal knee extension with band", "Strength in the last degrees of straightening the knee.",
                    "Vastus medialis obliquus (VMO); quadriceps",
                    "1. Loop a band behind the knee and anchor it in front.\n2. From a slight bend, straighten the knee fully against the band.\n3. Hold briefly and release slowly."},
            {"Straight-leg raise", "Quadriceps strength without bending the sore knee.", "Quadriceps; hip flexors",
                    "1. Lie on your back with the other knee bent.\n2. Tighten the thigh of the straight leg and lift it to the height of the bent knee.\n3. Lower slowly."},
            {"Half-kneeling hip flexor stretch", "Restores hip extension, so the stride no longer ends early.",
                    "Iliopsoas; rectus femoris",
                    "1. Kneel on the sore side with the other foot forwards.\n2. Tuck the pelvis under and shift gently forwards.\n3. Hold without arching the lower back."},
            {"Standing quadriceps stretch", "Eases tension on the kneecap from a tight front thigh.", "Quadriceps",
                    "1. Stand tall holding a support.\n2. Bring the heel towards the buttock and hold the ankle.\n3. Keep the knees together and the pelvis tucked."},
            {"Foam-roller thoracic extension", "Mobility of the upper back so the ribcage can sit level over the pelvis.",
                    "Thoracic spine; ribcage",
                    "1. Lie with a roller across the upper back, hands behind the head.\n2. Extend gently over the roller.\n3. Move the roller one segment and repeat."},
            {"Dead bug", "Trunk control that keeps the ribcage stacked over the pelvis.", "Deep abdominals; diaphragm",
                    "1. Lie on your back, arms up, hips and knees at 90 degrees.\n2. Breathe out and lower one arm and the opposite leg.\n3. Keep the lower back in contact with the floor."},
            {"Side plank from the knees", "Side trunk and hip strength for a level pelvis.", "Obliques; gluteus medius",
                    "1. Lie on your side on the elbow with knees bent.\n2. Lift the hips in line with the shoulders and knees.\n3. Hold and breathe."},
            {"Toe yoga", "Control of the big toe and the lesser toes, which support the arch.", "Foot intrinsics",
                    "1. Sit with feet flat.\n2. Lift the big toe while the others stay down, then the reverse.\n3. Move slowly and keep the ankle still."},
            {"Short-foot arch lift", "Builds the arch from the inside instead of letting it collapse.", "Foot intrinsics; tibialis posterior",
                    "1. Stand or sit with the foot flat.\n2. Draw the ball of the foot towards the heel without curling the toes.\n3. Hold, then relax."},
            {"Knee-to-wall ankle mobilisation", "More ankle bend, so the knee does not twist to make up for it.",
                    "Ankle joint; soleus",
                    "1. Face a wall with the foot a few centimetres away.\n2. Bend the knee towards the wall, heel down.\n3. Move the foot back as the range improves."},
            {"Spanish squat with strap", "Heavy isometric loading of the patellar tendon with little kneecap pressure.",
                    "Patellar tendon; quadriceps",
                    "1. Loop a strap behind both knees and around a fixed post.\n2. Sit back into the strap with shins upright.\n3. Hold the squat."},
            {"Decline squat", "Tendon loading with the knee doing most of the work.", "Patellar tendon; quadriceps",
                    "1. Stand on a slant board, heels up.\n2. Squat slowly on the sore leg to 60 degrees.\n3. Use the other leg to come back up."},
            {"Lateral band walk", "Hip strength in the direction runners rarely train.", "Gluteus medius; gluteus minimus",
                    "1. Band around the ankles, knees soft.\n2. Step sideways keeping tension in the band.\n3. Do not let the feet snap together."},
            {"Seated knee extension (retired)", "Open-chain quadriceps strength; replaced by closed-chain options.", "Quadriceps",
                    "1. Sit with the thigh supported.\n2. Straighten the knee slowly.\n3. Lower slowly."},
    };

    void exercises(Connection db) throws SQLException {
        Inserter ins = new Inserter(db, "INSERT INTO exercise (name, purpose, targets, instructions, default_sets,"
                + " default_repetitions, default_hold_seconds, default_per_day, default_per_week, default_weeks, retired,"
                + " created_at, updated_at) VALUES ");
        String at = q(DATETIME.format(LocalDateTime.ofInstant(now.minus(400, ChronoUnit.DAYS), ZoneOffset.UTC)));
        for (int i = 0; i < LIBRARY.length; i++) {
            String[] e = LIBRARY[i];
            boolean retired = e[0].contains("(retired)");
            ins.add(String.join(",", q(e[0]), q(e[1]), q(e[2]), q(e[3]), String.valueOf(2 + i % 2), String.valueOf(8 + i % 5 * 2),
                    String.valueOf(i % 3 * 5), String.valueOf(1 + i % 2), String.valueOf(3 + i % 5), String.valueOf(4 + i % 5),
                    retired ? "1" : "0", at, at));
        }
        ins.finish();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, default_sets, default_repetitions, default_hold_seconds, default_per_day, default_per_week,"
                        + " default_weeks, name, purpose, targets, instructions, image_url FROM exercise WHERE retired = 0"
                        + " ORDER BY id")) {
            while (rs.next()) {
                exerciseDefaults.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7)});
                exerciseText.put(rs.getLong(1), String.join(",", q(rs.getString(8)), q(rs.getString(9)),
                        q(rs.getString(10)), q(rs.getString(11)), rs.getString(12) == null ? "NULL" : q(rs.getString(12))));
            }
        }
        activeExercises = exerciseDefaults.keySet().stream().mapToLong(Long::longValue).toArray();
        db.commit();
    }

    // ------------------------------------------------------------------ people

    static final String[] GIVEN = {"Hannah", "Lucas", "Emma", "Daan", "Sophie", "Noah", "Julia", "Sem", "Mila", "Finn",
            "Tess", "Levi", "Sara", "Milan", "Anna", "Jesse", "Eva", "Thomas", "Lotte", "Ruben", "Fleur", "Max", "Lisa",
            "Bram", "Nora", "Luuk", "Zoë", "Jan", "Iris", "Pieter", "Fatima", "Mohammed", "Aisha", "Youssef", "Ananya",
            "Ravi", "Mei", "Hiroshi", "Olga", "Dmitri", "Grace", "Oliver", "Amelia", "Jack", "Chloé", "Mateo", "Lucía",
            "Marco", "Giulia", "Søren", "Ingrid", "Kwame", "Amara", "Siobhan", "Ciarán", "Zofia", "Mateusz", "Elif",
            "Emre", "Ngozi"};
    static final String[] FAMILY = {"Verhoeven", "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit",
            "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
            "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs",
            "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "Janssen", "van Dijk", "Koster", "Prins",
            "Huisman", "Peeters", "Maas", "Willems", "Claes", "Goossens", "Müller", "Schmidt", "Schneider", "Fischer",
            "Weber", "Becker", "Hoffmann", "Martin", "Bernard", "Dubois", "Moreau", "Laurent", "García", "Fernández",
            "López", "Rossi", "Russo", "Bianchi", "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans",
            "O'Brien", "Murphy", "Kowalski", "Nowak", "Wiśniewski", "Yılmaz", "Kaya", "Demir", "Okafor", "Mensah",
            "Patel", "Sharma", "Nguyen", "Tanaka", "Kim"};

    void people(Connection db) throws SQLException, IOException {
        clinicianUser = new String[clinicians];
        clinicianName = new String[clinicians];
        clinicianUser[0] = BENCH_CLINICIAN;
        clinicianName[0] = "Bench Clinician";
        for (int c = 1; c < clinicians; c++) {
            String given = GIVEN[(c * 7) % GIVEN.length];
            String family = FAMILY[(c * 13) % FAMILY.length];
            clinicianUser[c] = String.format("therapist.%02d", c + 1);
            clinicianName[c] = given + " " + family;
        }
        episodeEnd = new LocalDate[patients];
        discharged = new boolean[patients];
        Inserter ins = new Inserter(db, "INSERT INTO patient (id, mrn, given_name, family_name, date_of_birth, sex,"
                + " phone, email, affected_side, referral_notes, status, created_at, updated_at) VALUES ");
        String[] sexes = {"FEMALE", "MALE", "FEMALE", "MALE", "OTHER", "UNDISCLOSED"};
        String[] sides = {"LEFT", "RIGHT", "BOTH", "LEFT", "RIGHT"};
        try (PrintWriter queries = writer("search_queries.txt"); PrintWriter ids = writer("patient_ids.txt")) {
            for (int i = 0; i < patients; i++) {
                long id = i + 1;
                String given = GIVEN[random.nextInt(GIVEN.length)];
                String family = FAMILY[random.nextInt(FAMILY.length)];
                LocalDate dob = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(58 * 365));
                String mrn = String.format("KR%08d", 20_000_000 + id * 7);
                discharged[i] = random.nextInt(100) < 15;
                // active patients were seen in the last two months; discharged ones up to two years ago
                episodeEnd[i] = discharged[i] ? today.minusDays(60 + random.nextInt(640)) : today.minusDays(28 + random.nextInt(32));
                Instant created = episodeEnd[i].minusDays(300).atTime(9, 0).toInstant(ZoneOffset.UTC);
                String email = ascii(given).toLowerCase() + "." + ascii(family).toLowerCase().replace(" ", "") + id + "@example.org";
                ins.add(String.join(",", String.valueOf(id), q(mrn), q(given), q(family), q(dob.toString()),
                        q(sexes[random.nextInt(sexes.length)]), q("+31 6 " + (10_000_000 + random.nextInt(89_999_999))),
                        q(email), q(sides[random.nextInt(sides.length)]),
                        random.nextInt(4) == 0 ? q("Referred by GP: anterior knee pain when running downhill.") : "NULL",
                        q(discharged[i] ? "DISCHARGED" : "ACTIVE"), dt(created), dt(created)));
                if (i % 100 == 0) {
                    ids.println(id);
                }
                // a realistic mix of what clinicians type: name prefixes, full names, MRNs and dates of birth
                if (i % 40 == 0) {
                    switch ((i / 40) % 5) {
                        case 0 -> queries.println(urlEncode(family.length() > 3 ? family.substring(0, 3) : family));
                        case 1 -> queries.println(urlEncode(given));
                        case 2 -> queries.println(mrn);
                        case 3 -> queries.println(dob);
                        default -> queries.println(urlEncode(family));
                    }
                }
            }
        }
        ins.finish();
        // one episode of care per patient, as registration opens it; the discharged ones ended on their last visit
        try (Statement st = db.createStatement()) {
            st.executeUpdate("""
                    INSERT INTO episode_of_care (patient_id, episode_number, status, started_on, started_by_subject,
                        started_by_name, referral_notes, created_at, discharged_on, discharge_reason, discharged_by_subject,
                        discharged_by_name, discharged_at)
                    SELECT p.id, 1, IF(p.status = 'DISCHARGED', 'DISCHARGED', 'OPEN'), DATE(p.created_at), 'bench.seed',
                        'Bench Seed', p.referral_notes, p.created_at,
                        IF(p.status = 'DISCHARGED', DATE(p.created_at) + INTERVAL 300 DAY, NULL),
                        IF(p.status = 'DISCHARGED', 'GOALS_MET', NULL), IF(p.status = 'DISCHARGED', 'bench.seed', NULL),
                        IF(p.status = 'DISCHARGED', 'Bench Seed', NULL),
                        IF(p.status = 'DISCHARGED', p.created_at + INTERVAL 300 DAY, NULL)
                    FROM patient p""");
        }
        db.commit();
    }

    // ------------------------------------------------------------------ evaluations

    static final String[] ALIGNMENTS = {"NEUTRAL", "FLARED", "ROTATED", "DEPRESSED"};
    static final String[] SIDES = {"LEFT", "RIGHT", "BOTH"};
    static final String[] HIP_MOTIONS = {"CONTROLLED", "COLLAPSES_INWARD", "PELVIC_DROP", "SHORT_STRIDE"};
    static final String[] MIDFOOT = {"STIFF", "NORMAL", "HYPERMOBILE"};
    static final String[] POSTURES = {"NEUTRAL", "PRONATED", "SUPINATED"};
    static final String[] TRACKING = {"NORMAL", "LATERAL", "MEDIAL"};
    static final String[] SYMPTOMS = {"JUMP_RUN_PAIN", "SHIN_SPLINTS", "CLICKING", "LOCKING", "GRINDING", "SWELLING",
            "STIFF_MIDFOOT"};
    static final String[] SOURCES = {"NERVE", "KNEECAP", "TENDON", "JOINT", "FAT_PAD"};
    static final String[] DIAGNOSES = {"CHONDROMALACIA_PATELLAE", "PATELLOFEMORAL_PAIN", "PATELLOFEMORAL_PAIN",
            "PATELLAR_TENDINOPATHY", "OTHER"};

    void evaluations(Connection db) throws SQLException, IOException {
        int[] perPatient = spread(patients, evaluations, 6);
        signedByPatient = new ArrayList<>(patients);
        signedDates = new ArrayList<>(patients);
        Inserter ins = new Inserter(db, "INSERT INTO evaluation (id, patient_id, clinician_subject, clinician_name,"
                + " visit_date, status, ribcage_alignment, ribcage_side, ribcage_notes, ribcage_complete,"
                + " hip_extension_left, hip_extension_right, hip_internal_left, hip_internal_right, hip_external_left,"
                + " hip_external_right, hip_motion, hip_notes, hip_complete, ankle_dorsiflexion_left,"
                + " ankle_dorsiflexion_right, midfoot_mobility, foot_posture, foot_notes, foot_complete, knee_off_axis,"
                + " kneecap_tracking, manual_therapy, knee_notes, knee_complete, symptoms, symptom_side, pain_score,"
                + " pain_sources, primary_source, diagnosis, diagnosis_other, signed_by_subject, signed_by_name,"
                + " signed_at, created_at, updated_at, version) VALUES ");
        long id = 0;
        int benchDraftTarget = 1_500;
        for (int p = 0; p < patients; p++) {
            long patientId = p + 1;
            int count = perPatient[p];
            // visits every two to six weeks, ending at the patient's last visit
            LocalDate[] dates = new LocalDate[count];
            LocalDate d = episodeEnd[p];
            for (int k = count - 1; k >= 0; k--) {
                dates[k] = d;
                d = d.minusDays(14 + random.nextInt(29));
            }
            // the newest visit of an active patient is sometimes still a draft
            boolean lastIsDraft = !discharged[p] && random.nextInt(100) < 30;
            List<Long> signed = new ArrayList<>();
            List<LocalDate> signedOn = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                id++;
                boolean draft = lastIsDraft && k == count - 1;
                int c = random.nextInt(clinicians);
                if (draft && benchDrafts.size() < benchDraftTarget && random.nextInt(100) < 60) {
                    c = 0;
                }
                ins.add(evaluationRow(id, patientId, c, dates[k], draft));
                if (draft) {
                    if (c == 0) {
                        benchDrafts.add(id);
                    }
                } else {
                    signed.add(id);
                    signedOn.add(dates[k]);
                    if (id % 50 == 0) {
                        signedSample.add(id);
                    }
                }
            }
            signedByPatient.add(signed.stream().mapToLong(Long::longValue).toArray());
            signedDates.add(signedOn.toArray(LocalDate[]::new));
        }
        ins.finish();
        db.commit();
        write("evaluation_ids.txt", signedSample);
        write("draft_ids.txt", benchDrafts);
    }

    String evaluationRow(long id, long patientId, int clinician, LocalDate visit, boolean draft) {
        // top-down: a draft has a prefix of the four steps complete; a signed evaluation has all four
        int completeSteps = draft ? random.nextInt(4) : 4;
        int filledSteps = draft ? Math.min(4, completeSteps + random.nextInt(2)) : 4;
        Instant created = visit.atTime(8 + random.nextInt(9), random.nextInt(60)).toInstant(ZoneOffset.UTC);
        Instant signedAt = created.plus(20 + random.nextInt(90), ChronoUnit.MINUTES);
        List<String> v = new ArrayList<>(44);
        v.add(String.valueOf(id));
        v.add(String.valueOf(patientId));
        v.add(q(clinicianUser[clinician]));
        v.add(q(clinicianName[clinician]));
        v.add(q(visit.toString()));
        v.add(q(draft ? "DRAFT" : "SIGNED"));
        // ribcage
        if (filledSteps >= 1) {
            String alignment = pick(ALIGNMENTS);
            v.add(q(alignment));
            v.add("NEUTRAL".equals(alignment) ? "NULL" : q(pick(SIDES)));
            v.add(random.nextInt(5) == 0 ? q("Ribs flare on the left when breathing in; cue exhale.") : "NULL");
        } else {
            v.add("NULL"); v.add("NULL"); v.add("NULL");
        }
        v.add(completeSteps >= 1 ? "1" : "0");
        // hip
        if (filledSteps >= 2) {
            v.add(num(-5, 25)); v.add(num(-5, 25)); v.add(num(15, 50)); v.add(num(15, 50)); v.add(num(25, 60)); v.add(num(25, 60));
            v.add(q(pick(HIP_MOTIONS)));
            v.add(random.nextInt(5) == 0 ? q("Limited extension on the sore side; stride shortens late in the run.") : "NULL");
        } else {
            for (int i = 0; i < 8; i++) v.add("NULL");
        }
        v.add(completeSteps >= 2 ? "1" : "0");
        // foot and ankle
        if (filledSteps >= 3) {
            v.add(num(20, 50)); v.add(num(20, 50)); v.add(q(pick(MIDFOOT))); v.add(q(pick(POSTURES)));
            v.add(random.nextInt(5) == 0 ? q("Arch drops in single-leg stance.") : "NULL");
        } else {
            for (int i = 0; i < 5; i++) v.add("NULL");
        }
        v.add(completeSteps >= 3 ? "1" : "0");
        // knee axis
        if (filledSteps >= 4) {
            v.add(random.nextBoolean() ? "1" : "0"); v.add(q(pick(TRACKING))); v.add(random.nextBoolean() ? "1" : "0");
            v.add(random.nextInt(5) == 0 ? q("Kneecap drifts laterally in the last 20 degrees of extension.") : "NULL");
        } else {
            for (int i = 0; i < 4; i++) v.add("NULL");
        }
        v.add(completeSteps >= 4 ? "1" : "0");
        // assessment: symptoms, suspected sources with the primary among them, diagnosis
        if (!draft) {
            v.add(q(codes(SYMPTOMS, 1 + random.nextInt(3))));
            v.add(q(pick(SIDES)));
            v.add(num(1, 9));
            String sources = codes(SOURCES, 1 + random.nextInt(3));
            String[] chosen = sources.split(",");
            v.add(q(sources));
            v.add(q(chosen[random.nextInt(chosen.length)]));
            String diagnosis = pick(DIAGNOSES);
            v.add(q(diagnosis));
            v.add("OTHER".equals(diagnosis) ? q("Iliotibial band irritation alongside kneecap pain") : "NULL");
            v.add(q(clinicianUser[clinician]));
            v.add(q(clinicianName[clinician]));
            v.add(dt(signedAt));
        } else {
            v.add("''"); v.add("NULL"); v.add("NULL"); v.add("''"); v.add("NULL"); v.add("NULL"); v.add("NULL");
            v.add("NULL"); v.add("NULL"); v.add("NULL");
        }
        v.add(dt(created));
        v.add(dt(draft ? created : signedAt));
        v.add(draft ? "0" : String.valueOf(3 + random.nextInt(4)));
        return String.join(",", v);
    }

    // ------------------------------------------------------------------ plans

    void plans(Connection db) throws SQLException {
        // the patients with the most recent signed visits get plans; every active patient with a signed
        // evaluation is a candidate, the first ones in a shuffled order until the plan count is reached
        List<Integer> candidates = new ArrayList<>();
        for (int p = 0; p < patients; p++) {
            if (signedByPatient.get(p).length > 0) {
                candidates.add(p);
            }
        }
        Collections.shuffle(candidates, new java.util.Random(7));
        // plans go to active patients (a discharged patient keeps no current plan in this data set)
        candidates.removeIf(p -> discharged[p]);
        int withPlans = Math.min(candidates.size(), plans);
        int[] counts = spread(withPlans, plans, 1);
        Inserter planIns = new Inserter(db, "INSERT INTO treatment_plan (id, patient_id, evaluation_id, previous_plan_id,"
                + " plan_number, status, start_date, review_date, goals, prescribed_by_subject, prescribed_by_name,"
                + " created_at, superseded_at, version) VALUES ");
        Inserter itemIns = new Inserter(db, "INSERT INTO plan_exercise (plan_id, exercise_id, position, sets, repetitions,"
                + " hold_seconds, sessions_per_day, sessions_per_week, duration_weeks, notes, exercise_name,"
                + " exercise_purpose, exercise_targets, exercise_instructions, exercise_image_url) VALUES ");
        long id = 0;
        for (int n = 0; n < withPlans; n++) {
            int p = candidates.get(n);
            long patientId = p + 1;
            long[] signed = signedByPatient.get(p);
            LocalDate[] dates = signedDates.get(p);
            int count = Math.max(1, Math.min(counts[n], 8));
            Long previous = null;
            PlanRow before = null;
            for (int k = 0; k < count; k++) {
                // plan k follows from a signed evaluation, later plans from later evaluations
                int e = signed.length - count + k;
                e = Math.max(0, e);
                LocalDate start = dates[e].plusDays(random.nextInt(3));
                if (before != null && !start.isAfter(before.start())) {
                    start = before.start().plusDays(7);
                }
                if (start.isAfter(today)) {
                    start = today;
                }
                boolean current = k == count - 1;
                int clinician = random.nextInt(clinicians);
                Instant created = start.atTime(10, random.nextInt(60)).toInstant(ZoneOffset.UTC);
                id++;
                PlanRow row = new PlanRow(id, patientId, signed[e], previous, k + 1, current, start,
                        start.plusWeeks(6), created, null, clinicianUser[clinician], clinicianName[clinician]);
                if (before != null) {
                    PlanRow finished = new PlanRow(before.id(), before.patientId(), before.evaluationId(), before.previousId(),
                            before.number(), false, before.start(), start, before.createdAt(), created, before.prescriber(),
                            before.prescriberName());
                    planRows.set(planRows.size() - 1, finished);
                }
                planRows.add(row);
                before = row;
                previous = id;
            }
        }
        for (PlanRow r : planRows) {
            planIns.add(String.join(",", String.valueOf(r.id()), String.valueOf(r.patientId()), String.valueOf(r.evaluationId()),
                    r.previousId() == null ? "NULL" : String.valueOf(r.previousId()), String.valueOf(r.number()),
                    q(r.current() ? "CURRENT" : "SUPERSEDED"), q(r.start().toString()), q(r.start().plusWeeks(6).toString()),
                    q("Run 5 km without knee pain; stairs without pain; return to weekly hill runs."),
                    q(r.prescriber()), q(r.prescriberName()), dt(r.createdAt()),
                    r.supersededAt() == null ? "NULL" : dt(r.supersededAt()), "0"));
            int size = 4 + random.nextInt(5);
            long[] chosen = choose(activeExercises, size);
            planItems.add(chosen);
            for (int pos = 0; pos < chosen.length; pos++) {
                int[] dose = exerciseDefaults.get(chosen[pos]);
                itemIns.add(String.join(",", String.valueOf(r.id()), String.valueOf(chosen[pos]), String.valueOf(pos + 1),
                        String.valueOf(dose[0]), String.valueOf(dose[1] + random.nextInt(3)), String.valueOf(dose[2]),
                        String.valueOf(dose[3]), String.valueOf(dose[4]), String.valueOf(dose[5]),
                        random.nextInt(6) == 0 ? q("Stop at the first sign of sharp pain; dull ache up to 3 of 10 is fine.") : "NULL",
                        exerciseText.get(chosen[pos])));
            }
        }
        planIns.finish();
        itemIns.finish();
        db.commit();
        plans = planRows.size();
    }

    // ------------------------------------------------------------------ session logs

    void sessions(Connection db) throws SQLException {
        int[] perPlan = spread(planRows.size(), sessions, 0);
        Inserter ins = new Inserter(db, "INSERT INTO session_log (patient_id, plan_id, session_date, exercises_done,"
                + " pain_before, pain_after, note, submission_id, created_at) VALUES ");
        long seq = 0;
        for (int i = 0; i < planRows.size(); i++) {
            PlanRow r = planRows.get(i);
            long[] items = planItems.get(i);
            LocalDate end = r.current() ? today : r.end();
            int days = (int) Math.max(1, ChronoUnit.DAYS.between(r.start(), end));
            int painBase = 2 + random.nextInt(5);
            for (int s = 0; s < perPlan[i]; s++) {
                seq++;
                LocalDate date = r.start().plusDays(random.nextInt(days));
                if (date.isAfter(today)) {
                    date = today;
                }
                String done = doneSubset(items);
                int before = clamp(painBase + random.nextInt(3) - 1);
                int after = clamp(before - random.nextInt(3));
                Instant created = date.atTime(17 + random.nextInt(5), random.nextInt(60)).toInstant(ZoneOffset.UTC);
                ins.add(String.join(",", String.valueOf(r.patientId()), String.valueOf(r.id()), q(date.toString()),
                        q(done), String.valueOf(before), String.valueOf(after),
                        random.nextInt(10) == 0 ? q("Felt easier than last week.") : "NULL",
                        q("seed-" + seq), dt(created)));
            }
        }
        ins.finish();
        db.commit();
    }

    String doneSubset(long[] items) {
        TreeSet<Long> done = new TreeSet<>();
        for (long item : items) {
            if (random.nextInt(6) != 0) {
                done.add(item);
            }
        }
        if (done.isEmpty()) {
            done.add(items[0]);
        }
        StringBuilder text = new StringBuilder();
        for (Long e : done) {
            if (text.length() > 0) text.append(',');
            text.append(e);
        }
        return text.toString();
    }

    // ------------------------------------------------------------------ accounts

    List<String[]> benchPatientRows = new ArrayList<>();

    void accounts(Connection db) throws SQLException, IOException {
        Inserter ins = new Inserter(db, "INSERT INTO account (subject, username, display_name, email, role, patient_id,"
                + " active, created_at, updated_at) VALUES ");
        String at = dt(now.minus(30, ChronoUnit.DAYS));
        for (int c = 0; c < clinicians; c++) {
            ins.add(String.join(",", q("seed-" + clinicianUser[c]), q(clinicianUser[c]), q(clinicianName[c]),
                    q(clinicianUser[c] + "@clinic.example.org"), q("clinician"), "NULL", "1", at, at));
        }
        ins.add(String.join(",", q("seed-bench.admin"), q("bench.admin"), q("Bench Admin"), q("bench.admin@clinic.example.org"),
                q("admin"), "NULL", "1", at, at));
        // the bench patients: active patients with a current plan, one account each
        int k = 0;
        for (int i = 0; i < planRows.size() && k < benchPatients; i++) {
            PlanRow r = planRows.get(i);
            if (!r.current() || discharged[(int) r.patientId() - 1]) {
                continue;
            }
            k++;
            String username = "bench.patient." + k;
            ins.add(String.join(",", q("seed-" + username), q(username), q("Bench Patient " + k), "NULL", q("patient"),
                    String.valueOf(r.patientId()), "1", at, at));
            StringBuilder ids = new StringBuilder();
            for (long e : planItems.get(i)) {
                if (ids.length() > 0) ids.append(',');
                ids.append(e);
            }
            benchPatientRows.add(new String[] {username, String.valueOf(r.patientId()), String.valueOf(r.id()), ids.toString()});
        }
        ins.finish();
        db.commit();
        try (PrintWriter w = writer("bench_patients.txt")) {
            for (String[] row : benchPatientRows) {
                w.println(String.join(" ", row));
            }
        }
    }

    // ------------------------------------------------------------------ audit trail

    record Act(String role, String action, String recordType) {
    }

    static final Act[] ACTS = {
            new Act("clinician", "patient.search", "patient"), new Act("clinician", "chart.read", "patient"),
            new Act("clinician", "chart.read", "patient"), new Act("clinician", "evaluation.read", "evaluation"),
            new Act("clinician", "evaluation.read", "evaluation"), new Act("clinician", "evaluation.step.ribcage", "evaluation"),
            new Act("clinician", "evaluation.step.hip", "evaluation"), new Act("clinician", "evaluation.step.foot-ankle", "evaluation"),
            new Act("clinician", "evaluation.step.knee-axis", "evaluation"), new Act("clinician", "evaluation.assessment", "evaluation"),
            new Act("clinician", "evaluation.sign", "evaluation"), new Act("clinician", "plan.read", "plan"),
            new Act("clinician", "plan.create", "plan"), new Act("patient", "portal.plan.read", "plan"),
            new Act("patient", "portal.plan.read", "plan"), new Act("patient", "portal.session.create", "session"),
            new Act("patient", "portal.progress.read", "session"), new Act("admin", "audit.read", "audit"),
    };

    void audit(Connection db) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(hmacKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        HexFormat hex = HexFormat.of();
        Inserter ins = new Inserter(db, "INSERT INTO audit_entry (id, occurred_at, subject, role, action, record_type,"
                + " record_id, patient_id, outcome, client_address, key_id, mac) VALUES ");
        Inserter seals = new Inserter(db, "INSERT INTO audit_seal (seq, entry_id, previous_hash, hash, key_id, sealed_at)"
                + " VALUES ");
        // a year of activity, strictly increasing in time, ending a minute ago
        long spanMicros = ChronoUnit.MICROS.between(now.minus(365, ChronoUnit.DAYS), now.minus(1, ChronoUnit.MINUTES));
        long stepMicros = Math.max(2, spanMicros / auditEntries);
        Instant first = now.minus(365, ChronoUnit.DAYS);
        Instant t = first;
        String previous = GENESIS;
        int benchCount = benchPatientRows.size();
        for (long id = 1; id <= auditEntries; id++) {
            // evenly spaced with jitter smaller than the spacing: increasing, and never in the future
            t = first.plus((id - 1) * stepMicros + random.nextLong(stepMicros / 2), ChronoUnit.MICROS);
            Act act = ACTS[random.nextInt(ACTS.length)];
            String subject;
            Long patientId;
            Long recordId;
            if (act.role().equals("patient") && benchCount > 0) {
                String[] bp = benchPatientRows.get(random.nextInt(benchCount));
                subject = bp[0];
                patientId = Long.parseLong(bp[1]);
                recordId = act.recordType().equals("plan") ? Long.parseLong(bp[2]) : null;
            } else if (act.role().equals("admin")) {
                subject = "bench.admin";
                patientId = null;
                recordId = null;
            } else {
                subject = clinicianUser[random.nextInt(clinicians)];
                patientId = act.action().equals("patient.search") ? null : (long) (1 + random.nextInt(patients));
                recordId = switch (act.recordType()) {
                    case "patient" -> patientId;
                    case "evaluation" -> (long) (1 + random.nextInt(evaluations));
                    case "plan" -> (long) (1 + random.nextInt(Math.max(1, plans)));
                    default -> null;
                };
            }
            String role = subject.equals("bench.admin") ? "admin" : act.role();
            String outcome = random.nextInt(500) == 0 ? "DENIED" : "SUCCESS";
            String address = "198.51.100." + (1 + random.nextInt(254));
            // exactly the content and order of the application's AuditChain: the entry's own MAC ...
            String content = String.join("|", "entry", keyId, t.toString(), subject, role, act.action(),
                    act.recordType(), String.valueOf(recordId), String.valueOf(patientId), outcome, address);
            String entryMac = hex.formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
            // ... and its seal, chained to the one before (the seeded trail is sealed in id order)
            String hash = hex.formatHex(mac.doFinal(String.join("|", "seal", keyId, Long.toString(id), Long.toString(id),
                    entryMac, previous).getBytes(StandardCharsets.UTF_8)));
            ins.add(String.join(",", String.valueOf(id), dt(t), q(subject), q(role), q(act.action()), q(act.recordType()),
                    recordId == null ? "NULL" : recordId.toString(), patientId == null ? "NULL" : patientId.toString(),
                    q(outcome), q(address), q(keyId), q(entryMac)));
            seals.add(String.join(",", String.valueOf(id), String.valueOf(id), q(previous), q(hash), q(keyId), dt(t)));
            previous = hash;
            if (id % 200_000 == 0) {
                ins.flush();
                seals.flush();
                db.commit();
            }
        }
        ins.finish();
        seals.finish();
        String headMac = hex.formatHex(mac.doFinal(String.join("|", "head", keyId, Long.toString(auditEntries),
                Long.toString(auditEntries), previous).getBytes(StandardCharsets.UTF_8)));
        try (Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE audit_chain_head SET seal_count = " + auditEntries + ", last_entry_id = " + auditEntries
                    + ", last_hash = " + q(previous) + ", key_id = " + q(keyId) + ", sealed_at = " + dt(t)
                    + ", mac = " + q(headMac) + " WHERE id = 1");
        }
        db.commit();
    }

    // ------------------------------------------------------------------ helpers

    /** Splits {@code total} over {@code n} buckets, each near the mean, pairwise varied by up to {@code swing}. */
    int[] spread(int n, long total, int swing) {
        int[] counts = new int[n];
        long base = total / n;
        long rest = total - base * n;
        for (int i = 0; i < n; i++) {
            counts[i] = (int) base + (i < rest ? 1 : 0);
        }
        for (int i = 0; i + 1 < n; i += 2) {
            int d = swing == 0 ? 0 : random.nextInt(2 * swing + 1) - swing;
            int low = Math.min(counts[i], counts[i + 1]) - 1;
            d = Math.max(-low, Math.min(low, d));
            counts[i] += d;
            counts[i + 1] -= d;
        }
        // shuffle so that the remainder does not always land on the first buckets
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = counts[i];
            counts[i] = counts[j];
            counts[j] = tmp;
        }
        return counts;
    }

    long[] choose(long[] from, int size) {
        long[] copy = Arrays.copyOf(from, from.length);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(copy.length - i);
            long tmp = copy[i];
            copy[i] = copy[j];
            copy[j] = tmp;
        }
        return Arrays.copyOf(copy, Math.min(size, copy.length));
    }

    String codes(String[] all, int howMany) {
        TreeSet<String> chosen = new TreeSet<>();
        while (chosen.size() < howMany) {
            chosen.add(all[random.nextInt(all.length)]);
        }
        return String.join(",", chosen);
    }

    String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    String num(int min, int max) {
        return String.valueOf(min + random.nextInt(max - min + 1));
    }

    static int clamp(int pain) {
        return Math.max(0, Math.min(10, pain));
    }

    static String dt(Instant instant) {
        return "'" + DATETIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "'";
    }

    static String q(String text) {
        StringBuilder s = new StringBuilder(text.length() + 8).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\'' -> s.append("''");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                default -> s.append(c);
            }
        }
        return s.append('\'').toString();
    }

    static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z ]", "");
    }

    static String urlEncode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    PrintWriter writer(String name) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(out.resolve(name), StandardCharsets.UTF_8));
    }

    void write(String name, List<Long> ids) throws IOException {
        try (PrintWriter w = writer(name)) {
            ids.forEach(w::println);
        }
    }

    /** Builds multi-row INSERT statements of about a megabyte each. */
    static final class Inserter {
        private final Connection db;
        private final String head;
        private final StringBuilder sql = new StringBuilder(1 << 21);
        private int rows;

        Inserter(Connection db, String head) {
            this.db = db;
            this.head = head;
        }

        void add(String values) throws SQLException {
            sql.append(rows == 0 ? head : ",").append('(').append(values).append(')');
            rows++;
            if (sql.length() > 1_000_000) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (rows == 0) {
                return;
            }
            try (Statement s = db.createStatement()) {
                s.executeUpdate(sql.toString());
            }
            sql.setLength(0);
            rows = 0;
        }

        void finish() throws SQLException {
            flush();
        }
    }
}
