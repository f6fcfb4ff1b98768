package org.kaohe.platform.web.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.util.unit.DataSize;
import reactor.netty.NettyPipeline;

/** Problem+json for every error, inside and outside controllers. */
@AutoConfiguration(before = ErrorWebFluxAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class ProblemAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ProblemWriter problemWriter(ServerCodecConfigurer codecs) {
    return new ProblemWriter(codecs);
  }

  @Bean
  ProblemErrorWebExceptionHandler problemErrorWebExceptionHandler(
      ProblemWriter writer, ServerCodecConfigurer codecs) {
    return new ProblemErrorWebExceptionHandler(writer, new UnsupportedContent(codecs.getReaders()));
  }

  @Bean
  ProblemExceptionHandler problemExceptionHandler(ServerCodecConfigurer codecs) {
    return new ProblemExceptionHandler(new UnsupportedContent(codecs.getReaders()));
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(NettyServerCustomizer.class)
  static class NettyDecodingFailures {

    @Bean
    NettyServerCustomizer problemOnDecodingFailure(Environment environment) {
      long maxHeaderBytes =
          environment
              .getProperty(
                  "server.max-http-request-header-size", DataSize.class, DataSize.ofKilobytes(8))
              .toBytes();
      long maxInitialLineBytes =
          environment
              .getProperty(
                  "server.netty.max-initial-line-length", DataSize.class, DataSize.ofKilobytes(4))
              .toBytes();
      return server ->
          server.doOnChannelInit(
              (observer, channel, remoteAddress) -> {
                if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                  channel
                      .pipeline()
                      .addAfter(
                          NettyPipeline.HttpCodec,
                          HttpDecodingFailures.HANDLER_NAME,
                          new HttpDecodingFailures(maxHeaderBytes, maxInitialLineBytes));
                }
              });
    }
  }
}
