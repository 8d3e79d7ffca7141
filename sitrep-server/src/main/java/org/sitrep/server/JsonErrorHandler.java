package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own errors, raised before a request reaches the routes (a URI or headers too long, a path
 * Jetty will not take), in the API's JSON shape ({@code {"status": 414, "error": "..."}}) instead of
 * Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

    static byte[] body(int status, String message) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("status", status);
        String reason = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
        o.put("error", Json.oneLine(reason == null ? "error" : reason));
        return Json.bytes(o);
    }

    /** Errors Jetty answers by itself while parsing the request (414, 431, 400 on a bad request line). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Json.TYPE);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return ByteBuffer.wrap(body(status, reason));
    }

    /** Errors raised inside Jetty's handling of a parsed request (an ambiguous path, ...). */
    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int status = response.getStatus();
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        baseRequest.setHandled(true);
        if (response.isCommitted()) {
            return;
        }
        response.setContentType(Json.TYPE);
        response.setHeader("Cache-Control", "no-store");
        byte[] bytes = body(status, message == null ? null : message.toString());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
