package org.kaohe.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetaDataJsonModuleTest {
  private final JacksonSerializer axons = JacksonSerializer.defaultSerializer();
  private final JacksonSerializer ours = withModule();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"principal\":\"li.wei\",\"agency\":\"PROV-ORG\",\"clientRequestId\":\"item-7\"}",
        "{\"reason\":\"更正：统计口径调整\",\"empty\":\"\",\"nothing\":null}",
        "{\"count\":3,\"big\":12345678901234,\"ratio\":0.25,\"flag\":true}",
        "{\"nested\":{\"a\":[1,\"two\",{\"b\":null}]},\"list\":[]}",
        "{\"escaped\":\"a\\\"b\\\\c\\u00e9\"}"
      })
  void readsMetaDataAsAxonsOwnDeserializerDoes(String json) {
    MetaData expected = axons.deserialize(serialized(json));
    MetaData actual = ours.deserialize(serialized(json));

    assertThat(actual).isEqualTo(expected);
    assertThat(actual.values().stream().map(MetaDataJsonModuleTest::typeOf).toList())
        .isEqualTo(expected.values().stream().map(MetaDataJsonModuleTest::typeOf).toList());
  }

  @Test
  void takesPrecedenceOverAxonsDeserializerAndIsRegisteredOnce() throws Exception {
    ObjectMapper mapper = ours.getObjectMapper();
    MetaDataJsonModule.registerOn(ours);

    DeserializationContext context =
        ((DefaultDeserializationContext) mapper.getDeserializationContext())
            .createInstance(mapper.getDeserializationConfig(), null, null);
    assertThat(context.findRootValueDeserializer(mapper.constructType(MetaData.class)))
        .isInstanceOf(MetaDataJsonModule.FieldByFieldDeserializer.class);
    assertThat(mapper.getRegisteredModuleIds()).containsOnlyOnce(MetaDataJsonModule.NAME);
  }

  @Test
  void leavesASerializerWithDefaultTypingToAxonsDeserializer() {
    JacksonSerializer typed = JacksonSerializer.builder().defaultTyping().build();
    MetaDataJsonModule.registerOn(typed);
    MetaData metaData = MetaData.from(Map.of("principal", "li.wei", "attempt", 2L));

    assertThat(typed.getObjectMapper().getRegisteredModuleIds())
        .doesNotContain(MetaDataJsonModule.NAME);
    assertThat(typed.<String, MetaData>deserialize(typed.serialize(metaData, String.class)))
        .isEqualTo(metaData);
  }

  @Test
  void writtenMetaDataReadsBackEqual() {
    MetaData metaData =
        MetaData.from(Map.of("principal", "li.wei", "attempt", 2, "tags", List.of("a", "b")));

    assertThat(ours.<String, MetaData>deserialize(ours.serialize(metaData, String.class)))
        .isEqualTo(metaData);
  }

  private static JacksonSerializer withModule() {
    JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    MetaDataJsonModule.registerOn(serializer);
    return serializer;
  }

  private static SerializedObject<String> serialized(String json) {
    return new SimpleSerializedObject<>(
        json, String.class, new SimpleSerializedType(MetaData.class.getName(), null));
  }

  private static String typeOf(Object value) {
    return value == null ? "null" : value.getClass().getName();
  }
}
