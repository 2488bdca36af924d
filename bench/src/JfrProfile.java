import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Summarises the CPU samples of a flight recording for bench/profile.sh: the share of samples in which each
 * method is on the stack (inclusive), so a costly subsystem shows up as one line however flat its own
 * methods are, and the share of each library by the topmost frame (self time).
 * Usage: java bench/src/JfrProfile.java recording.jfr [lines] [method-substring]; with a method, the
 * paths that led to it are printed instead (the frames below it, up to the first application frame); with
 * -method, only the samples without that method on the stack are counted.
 */
public class JfrProfile {

    public static void main(String[] args) throws Exception {
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        String focus = args.length > 2 ? args[2] : null;
        Map<String, Integer> paths = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> selfByLibrary = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (focus != null && focus.startsWith("-")
                    && frames.stream().anyMatch(f -> name(f).contains(focus.substring(1)))) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String method = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
                if (seen.add(method)) {
                    inclusive.merge(method, 1, Integer::sum);
                }
            }
            if (focus != null && !focus.startsWith("-")) {
                pathTo(frames, focus, paths);
            }
            if (!frames.isEmpty()) {
                selfByLibrary.merge(library(frames.get(0).getMethod().getType().getName()), 1, Integer::sum);
            }
        }
        if (focus != null && !focus.startsWith("-")) {
            System.out.printf("%d CPU samples; paths to %s%n", samples, focus);
            print(paths, samples, lines);
            return;
        }
        System.out.printf("%d CPU samples%n%n-- self time by library (topmost frame)%n", samples);
        print(selfByLibrary, samples, 25);
        System.out.printf("%n-- on the stack (inclusive), top %d%n", lines);
        print(inclusive, samples, lines);
    }

    /** The frames from the focused method down to the nearest application (or request-handling) frame. */
    private static void pathTo(List<RecordedFrame> frames, String focus, Map<String, Integer> paths) {
        for (int i = 0; i < frames.size(); i++) {
            if (name(frames.get(i)).contains(focus)) {
                StringBuilder path = new StringBuilder(name(frames.get(i)));
                for (int j = i + 1; j < frames.size() && j < i + 40; j++) {
                    String caller = name(frames.get(j));
                    if (caller.startsWith("io.quarkus.arc") || caller.contains("$$Lambda") || caller.startsWith("io.smallrye.mutiny")) {
                        continue;
                    }
                    path.append(" <- ").append(caller.substring(caller.lastIndexOf('.', caller.lastIndexOf('.') - 1) + 1));
                    if (caller.startsWith("com.kneerehab")) {
                        break;
                    }
                }
                paths.merge(path.toString(), 1, Integer::sum);
                return;
            }
        }
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String library(String type) {
        String[] parts = type.split("\\.");
        return parts.length < 3 ? type : String.join(".", parts[0], parts[1], parts[2]);
    }

    private static void print(Map<String, Integer> counts, int total, int lines) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(lines)
                .forEach(e -> System.out.printf("%6.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }
}
