package org.kaohe.platform.web.problem;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request Netty could not decode (a request line or headers over the limit, a malformed
 * request head) with problem+json. Netty refuses such a request before any web filter or handler
 * sees it, and reactor-netty's own answer has an empty body; this handler sits right after the HTTP
 * codec and answers first, then closes the connection, as the rest of the request cannot be
 * trusted.
 *
 * <p>The close lingers: the answer is followed by a half-close, and the connection stays open for
 * up to {@link #LINGER} while the client finishes sending what it had started (the codec discards
 * it). Closing at once with unread bytes in the socket makes the kernel reset the connection, and a
 * reset destroys the answer still waiting in the client's receive buffer, so a client in the middle
 * of its request body would see a broken connection instead of the problem.
 */
final class HttpDecodingFailures extends ChannelInboundHandlerAdapter {

  static final String HANDLER_NAME = "kaohe.problemOnDecodingFailure";

  static final Duration LINGER = Duration.ofSeconds(2);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final long maxHeaderBytes;
  private final long maxInitialLineBytes;
  private boolean failed;

  HttpDecodingFailures(long maxHeaderBytes, long maxInitialLineBytes) {
    this.maxHeaderBytes = maxHeaderBytes;
    this.maxInitialLineBytes = maxInitialLineBytes;
  }

  @Override
  public void channelRead(ChannelHandlerContext context, Object message) {
    if (failed) {
      ReferenceCountUtil.release(message);
      return;
    }
    if (message instanceof HttpRequest request && request.decoderResult().isFailure()) {
      failed = true;
      DecoderResult result = request.decoderResult();
      ReferenceCountUtil.release(message);
      context
          .writeAndFlush(problem(result.cause()))
          .addListener((ChannelFutureListener) written -> lingerThenClose(context));
      return;
    }
    context.fireChannelRead(message);
  }

  private static void lingerThenClose(ChannelHandlerContext context) {
    Channel channel = context.channel();
    if (!(channel instanceof DuplexChannel duplex) || !channel.isActive()) {
      context.close();
      return;
    }
    duplex.shutdownOutput();
    channel.config().setAutoRead(true);
    context.read();
    context.executor().schedule(() -> context.close(), LINGER.toMillis(), TimeUnit.MILLISECONDS);
  }

  private FullHttpResponse problem(Throwable cause) {
    HttpResponseStatus status;
    String detail;
    if (cause instanceof TooLongHttpHeaderException) {
      status = HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
      detail = "The request headers exceed the limit of " + maxHeaderBytes + " bytes.";
    } else if (cause instanceof TooLongHttpLineException) {
      status = HttpResponseStatus.REQUEST_URI_TOO_LONG;
      detail = "The request line exceeds the limit of " + maxInitialLineBytes + " bytes.";
    } else {
      status = HttpResponseStatus.BAD_REQUEST;
      detail = "The request is not valid HTTP/1.1.";
    }
    var body = new Problem("about:blank", status.reasonPhrase(), status.code(), detail);
    ByteBuf content = Unpooled.wrappedBuffer(JSON.writeValueAsBytes(body));
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, content);
    response
        .headers()
        .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
        .setInt(HttpHeaderNames.CONTENT_LENGTH, content.readableBytes())
        .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    return response;
  }

  /** The RFC 9457 members Spring writes for a problem without an {@code instance}. */
  record Problem(String type, String title, int status, String detail) {}
}
