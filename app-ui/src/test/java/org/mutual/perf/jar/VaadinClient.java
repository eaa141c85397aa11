package org.mutual.perf.jar;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated browser speaking Vaadin Flow's own request protocol over plain HTTP: it signs in
 * with the login form, opens a UI the way Vaadin's client does ({@code GET /<route>}, then
 * {@code ?v-r=init}), and sends the same RPC messages a browser sends for a navigation, a tab
 * selection or a button click, with the UI's security key, sync id and client id. It keeps the
 * part of the state tree it needs: which node has which element id, tag, children and text.
 * No protocol check is relaxed on the server.
 */
public final class VaadinClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Vaadin's feature ids in the UIDL ({@code NodeFeatureRegistry}). */
    private static final int CHILDREN = 2;
    /** What a desktop browser in this machine's time zone reports about itself when a page starts. */
    private static final String BROWSER_DETAILS = "&v-sw=1920&v-sh=1080&v-ww=1920&v-wh=960&v-bw=1920&v-bh=960"
            + "&v-tzo=0&v-rtzo=0&v-dstd=0&v-dston=false&v-tzid=" + enc(java.time.ZoneId.systemDefault().getId())
            + "&v-curdate=" + System.currentTimeMillis() + "&v-td=false&v-pr=1&v-wn=&v-np=Linux%20x86_64";

    private final URI base;
    private final Latencies latencies;
    private final HttpClient http;
    /** This browser's cookies (the session); the connection pool is shared by all simulated browsers. */
    private final CookieManager cookies = new CookieManager();

    public VaadinClient(URI base, Latencies latencies, HttpClient http) {
        this.base = base;
        this.latencies = latencies;
        this.http = http;
    }

    /** The connection pool for many simulated browsers: HTTP/1.1 as browsers use here, no redirects followed. */
    public static HttpClient sharedHttp() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** Signs in with the local login form; false (and an error counted) when the app refuses. */
    public boolean signIn(String username, String password) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve("/login")).GET(), "sign-in page");
        if (page == null || page.statusCode() != 200) {
            return fail("login page answered " + (page == null ? "nothing" : page.statusCode()));
        }
        String form = "username=" + enc(username) + "&password=" + enc(password);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), "sign-in");
        if (answer == null) {
            return false;
        }
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            return fail("sign-in of " + username + " answered " + answer.statusCode() + " " + location);
        }
        return true;
    }

    /**
     * Opens a page as a browser does: the HTML document, the request that creates the UI on the
     * server, then the navigation to the route that builds the view.
     */
    public Optional<View> open(String route) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve("/" + route)).GET(),
                "page " + Latencies.pattern(route));
        if (page == null) {
            return Optional.empty();
        }
        if (page.statusCode() != 200) {
            fail("GET /" + route + " answered " + page.statusCode());
            return Optional.empty();
        }
        // A browser sends its details (screen, time zone) with this request, so views can use them at once.
        URI init = base.resolve("/?v-r=init&location=" + enc(route) + "&query=" + BROWSER_DETAILS);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(init).GET(), "init");
        if (answer == null) {
            return Optional.empty();
        }
        if (answer.statusCode() != 200) {
            fail("init of " + route + " answered " + answer.statusCode());
            return Optional.empty();
        }
        try {
            JsonNode body = JSON.readTree(answer.body());
            JsonNode config = body.path("appConfig");
            JsonNode uidl = config.path("uidl");
            if (!config.has("v-uiId") || uidl.isMissingNode()) {
                fail("init of " + route + " returned no UI: " + abbreviate(answer.body()));
                return Optional.empty();
            }
            View view = new View(config.path("v-uiId").asInt(), uidl.path("Vaadin-Security-Key").asString());
            // The UI starts empty; the client then navigates it to the route, which builds the view.
            if (!view.apply(uidl, route) || !view.navigate(route)) {
                return Optional.empty();
            }
            return Optional.of(view);
        } catch (RuntimeException e) {
            fail("init of " + route + " unreadable: " + e);
            return Optional.empty();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String kind) {
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
            URI uri = built.uri();
            HttpRequest.Builder withCookies = HttpRequest.newBuilder(built, (name, value) -> true);
            cookies.get(uri, Map.of()).forEach((name, values) -> values.forEach(v -> withCookies.header(name, v)));
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
            latencies.request(System.nanoTime() - start, kind);
            cookies.put(uri, response.headers().map());
            return response;
        } catch (IOException e) {
            fail(request.build().uri().getPath() + ": " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private boolean fail(String what) {
        latencies.error(what);
        return false;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** One UI (a browser tab) on the server and what the client knows of its state tree. */
    public final class View {

        private final int uiId;
        private final String csrfToken;
        private int syncId = -1;
        private int clientId;
        private final Map<String, Integer> nodeOfId = new HashMap<>();
        private final Map<Integer, String> tagOfNode = new HashMap<>();
        private final Map<Integer, List<Integer>> childrenOfNode = new HashMap<>();
        private final Map<Integer, String> textOfNode = new HashMap<>();

        private View(int uiId, String csrfToken) {
            this.uiId = uiId;
            this.csrfToken = csrfToken;
        }

        /** Follows a router link inside this UI, as Vaadin's client does on a link click. */
        public boolean navigate(String route) {
            ObjectNode data = JSON.createObjectNode();
            data.put("route", route);
            data.put("query", "");
            data.put("appShellTitle", "");
            data.putObject("historyState").put("idx", 1);
            data.put("trigger", "");
            return rpc(List.of(event(1, "ui-navigate", data)), "navigate " + Latencies.pattern(route),
                    "navigate to " + route);
        }

        /** Clicks the element with this id (a button). */
        public boolean click(String elementId) {
            Integer node = nodeOfId.get(elementId);
            if (node == null) {
                return fail("no element " + elementId);
            }
            ObjectNode data = JSON.createObjectNode();
            for (String key : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY",
                    "event.detail", "event.button")) {
                data.put(key, key.endsWith("detail") ? 1 : 0);
            }
            for (String key : List.of("event.shiftKey", "event.ctrlKey", "event.altKey", "event.metaKey")) {
                data.put(key, false);
            }
            return rpc(List.of(event(node, "click", data)), Latencies.CLICK, "click " + elementId);
        }

        /** Selects a tab of the {@code vaadin-tabs} inside the element with this id (a TabSheet or Tabs). */
        public boolean selectTab(String elementId, int index) {
            Integer root = nodeOfId.get(elementId);
            Optional<Integer> tabs = root == null ? Optional.empty() : descendantWithTag(root, "vaadin-tabs");
            if (tabs.isEmpty()) {
                return fail("no tabs in " + elementId);
            }
            ObjectNode sync = JSON.createObjectNode();
            sync.put("type", "mSync");
            sync.put("node", tabs.get());
            sync.put("feature", 1);
            sync.put("property", "selected");
            sync.put("value", index);
            return rpc(List.of(sync, event(tabs.get(), "selected-changed", JSON.createObjectNode())), "tab",
                    "select tab " + index);
        }

        public boolean has(String elementId) {
            return nodeOfId.containsKey(elementId);
        }

        /** Element ids known to this UI that start with the prefix and end with the suffix. */
        public List<String> ids(String prefix, String suffix) {
            return nodeOfId.keySet().stream().filter(id -> id.startsWith(prefix) && id.endsWith(suffix)).sorted()
                    .toList();
        }

        /** The text the element shows (its text children, concatenated). */
        public String text(String elementId) {
            Integer node = nodeOfId.get(elementId);
            if (node == null) {
                return null;
            }
            StringBuilder text = new StringBuilder();
            collectText(node, text, 0);
            return text.toString();
        }

        private void collectText(int node, StringBuilder text, int depth) {
            String own = textOfNode.get(node);
            if (own != null) {
                text.append(own);
            }
            if (depth < 4) {
                for (int child : childrenOfNode.getOrDefault(node, List.of())) {
                    collectText(child, text, depth + 1);
                }
            }
        }

        private Optional<Integer> descendantWithTag(int node, String tag) {
            if (tag.equals(tagOfNode.get(node))) {
                return Optional.of(node);
            }
            for (int child : childrenOfNode.getOrDefault(node, List.of())) {
                Optional<Integer> found = descendantWithTag(child, tag);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }

        private ObjectNode event(int node, String name, JsonNode data) {
            ObjectNode event = JSON.createObjectNode();
            event.put("type", "event");
            event.put("node", node);
            event.put("event", name);
            event.set("data", data);
            return event;
        }

        private boolean rpc(List<ObjectNode> invocations, String kind, String what) {
            ObjectNode message = JSON.createObjectNode();
            message.put("csrfToken", csrfToken);
            ArrayNode rpc = message.putArray("rpc");
            invocations.forEach(rpc::add);
            message.put("syncId", syncId);
            message.put("clientId", clientId);
            HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))), kind);
            if (answer == null) {
                return false;
            }
            if (answer.statusCode() != 200) {
                return fail(what + " answered " + answer.statusCode());
            }
            String body = answer.body();
            if (body.startsWith("for(;;);")) {
                body = body.substring("for(;;);".length());
            }
            try {
                JsonNode parsed = JSON.readTree(body);
                JsonNode uidl = parsed.isArray() ? parsed.get(0) : parsed;
                return apply(uidl, what);
            } catch (RuntimeException e) {
                return fail(what + " unreadable: " + abbreviate(body));
            }
        }

        /** Takes in an answer's state changes; false (an error counted) when the answer reports one. */
        private boolean apply(JsonNode uidl, String what) {
            JsonNode meta = uidl.path("meta");
            if (meta.has("appError") || meta.path("sessionExpired").asBoolean(false)
                    || uidl.path("resynchronize").asBoolean(false)) {
                return fail(what + ": " + abbreviate(meta.toString() + " " + uidl.path("resynchronize")));
            }
            if (uidl.has("syncId")) {
                syncId = uidl.get("syncId").asInt();
            }
            if (uidl.has("clientId")) {
                clientId = uidl.get("clientId").asInt();
            } else {
                clientId++;
            }
            for (JsonNode change : uidl.path("changes")) {
                applyChange(change);
            }
            return true;
        }

        private void applyChange(JsonNode change) {
            int node = change.path("node").asInt();
            String type = change.path("type").asString();
            if ("put".equals(type)) {
                String key = change.path("key").asString();
                JsonNode value = change.path("value");
                if ("id".equals(key) && value.isString()) {
                    nodeOfId.put(value.asString(), node);
                } else if ("tag".equals(key) && value.isString()) {
                    tagOfNode.put(node, value.asString());
                } else if ("text".equals(key) && value.isString()) {
                    textOfNode.put(node, value.asString());
                }
            } else if ("splice".equals(type) && change.path("feat").asInt() == CHILDREN) {
                List<Integer> children = childrenOfNode.computeIfAbsent(node, n -> new ArrayList<>());
                int index = Math.min(change.path("index").asInt(), children.size());
                int remove = change.path("remove").asInt(0);
                for (int i = 0; i < remove && index < children.size(); i++) {
                    children.remove(index);
                }
                List<Integer> added = new ArrayList<>();
                for (JsonNode n : change.path("addNodes")) {
                    added.add(n.asInt());
                }
                children.addAll(index, added);
            } else if ("clear".equals(type) && change.path("feat").asInt() == CHILDREN) {
                childrenOfNode.remove(node);
            }
        }
    }
}
