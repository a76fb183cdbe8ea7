package cn.tianshan.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (2 threads) and reads its figures: requests per second and latency percentiles. */
final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern LATENCY = Pattern.compile("\\s(50|99)%\\s+([\\d.]+)(us|ms|s)");

    record Result(String label, double requestsPerSecond, double p50Millis, double p99Millis) {
    }

    private Wrk() {
    }

    static String run(int connections, String duration, Path script, String url) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + duration, "--latency"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new LaunchException("wrk failed: " + output);
        }
        return output;
    }

    static Result parse(String label, String output) {
        Matcher rate = RATE.matcher(output);
        if (!rate.find()) {
            throw new LaunchException("could not read wrk's output for " + label + ":\n" + output);
        }
        double p50 = -1;
        double p99 = -1;
        Matcher latency = LATENCY.matcher(output);
        while (latency.find()) {
            double millis = Double.parseDouble(latency.group(2)) * switch (latency.group(3)) {
                case "us" -> 0.001;
                case "s" -> 1000;
                default -> 1;
            };
            if (latency.group(1).equals("50")) {
                p50 = millis;
            } else {
                p99 = millis;
            }
        }
        if (output.contains("Non-2xx or 3xx responses")) {
            throw new LaunchException(label + ": some answers were errors:\n" + output);
        }
        return new Result(label, Double.parseDouble(rate.group(1)), p50, p99);
    }
}
