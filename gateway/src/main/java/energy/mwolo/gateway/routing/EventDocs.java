package energy.mwolo.gateway.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event contracts beside the Swagger UI, for whoever integrates with the platform's Kafka topics (a meter
 * head-end, another service): {@code /api/docs/events/asyncapi.json} is the AsyncAPI 3.0 document shared-contracts
 * builds and checks ({@code asyncapi/mwolo.asyncapi.json}), {@code /api/docs/events/} the same as a page people read:
 * each topic with its key, who sends and who receives, and each message with its headers, fields and golden sample.
 * Rendered once at start; the access rules of {@code /api/docs/**} apply.
 */
@Configuration(proxyBeanMethods = false)
class EventDocs {

    static final String RESOURCE = "asyncapi/mwolo.asyncapi.json";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Bean
    RouterFunction<ServerResponse> eventDocsRoutes() {
        byte[] document = read();
        String page = page(JSON.readTree(document));
        return RouterFunctions.route()
                .GET("/api/docs/events/asyncapi.json", request -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(document))
                .GET("/api/docs/events", request -> ServerResponse.ok()
                        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).bodyValue(page))
                .GET("/api/docs/events/", request -> ServerResponse.ok()
                        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).bodyValue(page))
                .build();
    }

    private static byte[] read() {
        try (InputStream in = EventDocs.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE + " on the classpath (shared-contracts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as one HTML page: the topics first, then every message. */
    static String page(JsonNode document) {
        StringBuilder html = new StringBuilder(256 * 1024);
        String title = document.path("info").path("title").asString();
        html.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>").append(text(title))
                .append("</title><style>body{font-family:sans-serif;margin:2em;max-width:70em}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;"
                        + "text-align:left;vertical-align:top}pre{background:#f4f4f4;padding:1em;overflow:auto}"
                        + "code{background:#f4f4f4}</style></head><body>\n");
        html.append("<h1>").append(text(title)).append("</h1>\n<p>")
                .append(text(document.path("info").path("description").asString())).append("</p>\n");
        html.append("<p>AsyncAPI ").append(text(document.path("asyncapi").asString()))
                .append(" document: <a href=\"asyncapi.json\">asyncapi.json</a>. Brokers: ")
                .append(text(document.path("servers").path("kafka").path("description").asString()))
                .append("</p>\n<h2>Topics</h2>\n<table><tr><th>topic</th><th>messages</th><th>sent by</th>"
                        + "<th>received by</th><th>about</th></tr>\n");
        document.path("channels").properties().forEach(channel -> {
            String topic = channel.getKey();
            html.append("<tr><td id=\"").append(text(topic)).append("\"><code>").append(text(topic))
                    .append("</code></td><td>");
            channel.getValue().path("messages").propertyNames().forEach(id -> html.append("<a href=\"#")
                    .append(text(id)).append("\">").append(text(id)).append("</a><br>"));
            html.append("</td><td>").append(text(String.join(", ", actors(document, topic, "send"))))
                    .append("</td><td>").append(text(String.join(", ", actors(document, topic, "receive"))))
                    .append("</td><td>").append(text(channel.getValue().path("description").asString()))
                    .append("</td></tr>\n");
        });
        html.append("</table>\n<h2>Messages</h2>\n");
        document.path("components").path("messages").properties().forEach(message ->
                message(html, message.getKey(), message.getValue()));
        return html.append("</body></html>\n").toString();
    }

    private static void message(StringBuilder html, String id, JsonNode message) {
        html.append("<h3 id=\"").append(text(id)).append("\">").append(text(message.path("title").asString()))
                .append("</h3>\n<p>").append(text(message.path("summary").asString(""))).append(' ')
                .append(text(message.path("description").asString(""))).append("</p>\n<p>Key: ")
                .append(text(message.path("bindings").path("kafka").path("key").path("description").asString()))
                .append("</p>\n");
        JsonNode headers = message.path("headers").path("properties");
        if (!headers.isEmpty()) {
            html.append("<p>Headers: ");
            List<String> fixed = new ArrayList<>();
            headers.properties().forEach(header -> fixed.add("<code>" + text(header.getKey()) + "</code> = <code>"
                    + text(header.getValue().path("const").asString()) + "</code>"));
            html.append(String.join(", ", fixed)).append(", and the other CloudEvents headers (<code>ce_id</code>, "
                    + "<code>ce_time</code>, <code>ce_specversion</code> 1.0, ...).</p>\n");
        }
        JsonNode payload = message.path("payload");
        List<String> required = payload.path("required").valueStream().map(JsonNode::asString).toList();
        html.append("<table><tr><th>field</th><th>type</th><th>required</th><th>meaning</th></tr>\n");
        payload.path("properties").properties().forEach(field -> html.append("<tr><td><code>")
                .append(text(field.getKey())).append("</code></td><td>").append(text(type(field.getValue())))
                .append("</td><td>").append(required.contains(field.getKey()) ? "yes" : "")
                .append("</td><td>").append(text(field.getValue().path("description").asString("")))
                .append("</td></tr>\n"));
        html.append("</table>\n<pre>").append(text(JSON.writeValueAsString(
                message.path("examples").path(0).path("payload")))).append("</pre>\n");
    }

    /** A field's type as a reader wants it: {@code string (uuid)}, {@code array of object}, {@code one of ...}. */
    private static String type(JsonNode schema) {
        if (schema.has("type")) {
            String type = schema.path("type").isArray()
                    ? String.join(" or ", schema.path("type").valueStream().map(JsonNode::asString).toList())
                    : schema.path("type").asString();
            if (type.equals("array")) {
                return "array of " + type(schema.path("items"));
            }
            if (schema.has("enum")) {
                return type + ": " + String.join(", ", schema.path("enum").valueStream()
                        .map(value -> value.isNull() ? "null" : value.asString()).toList());
            }
            return schema.has("format") ? type + " (" + schema.path("format").asString() + ")"
                    : schema.has("pattern") ? type + " (" + schema.path("pattern").asString() + ")" : type;
        }
        if (schema.has("$ref")) {
            return schema.path("$ref").asString().replaceFirst("^#/\\$defs/", "");
        }
        if (schema.has("const")) {
            return "\"" + schema.path("const").asString() + "\"";
        }
        return schema.has("oneOf") || schema.has("anyOf") ? "one of several shapes" : "any";
    }

    private static List<String> actors(JsonNode document, String topic, String action) {
        List<String> actors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> operation : document.path("operations").properties()) {
            if (operation.getValue().path("action").asString().equals(action) && operation.getValue()
                    .path("channel").path("$ref").asString().equals("#/channels/" + topic)) {
                actors.add(operation.getKey().substring(0, operation.getKey().indexOf('.')));
            }
        }
        return actors;
    }

    private static String text(String raw) {
        return HtmlUtils.htmlEscape(raw == null ? "" : raw, StandardCharsets.UTF_8.name());
    }
}
