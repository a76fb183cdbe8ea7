package cn.tianshan.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The production shape on one machine: N stateless backend nodes sharing one database and one Keycloak, behind nginx
 * with the repository's own front-door configuration (deploy/nginx/snippets). nginx sends each request to any node and
 * retries an idempotent request on another node when one does not answer; there are no sticky sessions.
 */
final class Cluster {

    private final Workspace workspace;
    private final Stack stack;
    private final Path dir;
    private final Map<String, String> nodeEnv;
    private final List<Integer> ports;
    private final ChildProcess[] nodes;

    Cluster(Workspace workspace, Stack stack, Path dir, Map<String, String> nodeEnv, int firstNodePort, int count) {
        this.workspace = workspace;
        this.stack = stack;
        this.dir = Workspace.ensureDirectory(dir);
        this.nodeEnv = Map.copyOf(nodeEnv);
        this.ports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ports.add(firstNodePort + i);
        }
        this.nodes = new ChildProcess[count];
    }

    int size() {
        return nodes.length;
    }

    int port(int node) {
        return ports.get(node);
    }

    /** Starts every node, the first alone (it migrates the schema and, in run mode, loads the demo), then the others. */
    void startNodes(Duration readiness) {
        startNode(0, readiness);
        for (int i = 1; i < nodes.length; i++) {
            startNode(i, readiness);
        }
    }

    void startNode(int node, Duration readiness) {
        int port = ports.get(node);
        Ports.requireFree(port, "backend node " + (node + 1));
        Map<String, String> env = new HashMap<>(nodeEnv);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("TIANSHAN_SEARCH_DIR", dir.resolve("search-index-" + (node + 1)).toString());
        env.put("TIANSHAN_PAGE_COPIES_DIR", dir.resolve("page-copies-" + (node + 1)).toString());
        env.put("TIANSHAN_SPA_DIRECTORY", workspace.spaDirectory().toString());
        env.put("TIANSHAN_BEHIND_PROXY", "true");
        env.put("TIANSHAN_TRUSTED_PROXIES", "127.0.0.1");
        ChildProcess process = ChildProcess.start("backend node " + (node + 1) + " (port " + port + ")",
                List.of("java", "-Xmx384m", "-XX:+PerfDisableSharedMem", "-jar", workspace.backendJar().toString()),
                workspace.repo(), env, dir.resolve("logs/node-" + (node + 1) + ".log"));
        nodes[node] = process;
        stack.started(process);
        process.awaitHttpOk("http://127.0.0.1:" + port + "/q/health/ready", readiness);
    }

    /** kill -9: the node gets no chance to finish anything. */
    void kill(int node) {
        nodes[node].kill();
    }

    /** SIGTERM, as systemd stops a unit: the node finishes what it is answering and exits. */
    void stop(int node) throws InterruptedException {
        nodes[node].stop();
    }

    /** nginx on {@code port} in front of every node, with the production snippets. */
    void startNginx(int port, String ssoOrigin) {
        Ports.requireFree(port, "nginx");
        Path conf = dir.resolve("nginx.conf");
        try {
            Path snippets = Workspace.ensureDirectory(dir.resolve("snippets"));
            try (var files = Files.list(workspace.repo().resolve("deploy/nginx/snippets"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, snippets.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Workspace.ensureDirectory(dir.resolve("logs"));
            Files.writeString(conf, nginxConf(port, ssoOrigin));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChildProcess nginx = ChildProcess.start("nginx (port " + port + ")",
                List.of("nginx", "-p", dir.toString(), "-c", conf.toString(), "-g", "daemon off;"), dir, Map.of(),
                dir.resolve("logs/nginx.log"));
        stack.started(nginx);
        nginx.awaitHttpOk("http://127.0.0.1:" + port + "/q/health/ready", Duration.ofSeconds(20));
    }

    private String nginxConf(int port, String ssoOrigin) {
        // max_fails=0: nginx never writes a node off for a while. With max_fails=1 a node that had just refused
        // connections while starting was still written off when the other node was stopped a few seconds later, and
        // nginx answered 502 "no live upstreams" for two seconds (3,719 failed reads in deploy/drill's rolling restart).
        // A stopped node on this machine costs one refused connect, retried on the next node at once.
        String upstream = ports.stream().map(p -> "        server 127.0.0.1:" + p + " max_fails=0;")
                .collect(Collectors.joining("\n"));
        return """
                # Generated by the launcher (deploy/cluster, deploy/drill): the production front door of deploy/nginx in front of
                # %d nodes. An idempotent request that a node fails to answer (refused, reset, 502/503/504) goes to another node.
                worker_processes 2;
                pid %s/nginx.pid;
                error_log %s/logs/nginx-error.log warn;
                events { worker_connections 4096; }
                http {
                    include /etc/nginx/mime.types;
                    access_log off;
                    client_body_temp_path %s/tmp-body;
                    proxy_temp_path %s/tmp-proxy;
                    fastcgi_temp_path %s/tmp-fastcgi;
                    uwsgi_temp_path %s/tmp-uwsgi;
                    scgi_temp_path %s/tmp-scgi;
                    upstream tianshan_backend {
                %s
                        keepalive 64;
                    }
                    proxy_next_upstream error timeout http_502 http_503 http_504;
                    proxy_next_upstream_tries 3;
                    proxy_connect_timeout 2s;
                    server {
                        listen 127.0.0.1:%d;
                        root %s;
                        client_max_body_size 25m;
                        set $tianshan_sso_origin "%s";
                        include snippets/tianshan-site.conf;
                    }
                }
                """.formatted(ports.size(), dir, dir, dir, dir, dir, dir, dir, upstream, port, workspace.spaDirectory(), ssoOrigin);
    }
}
