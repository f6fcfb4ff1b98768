package org.kaohe.survey.responses;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaohe.tools.embedded.SharedInfrastructure;

/** Respondents' keyed hashes on the embedded MongoDB server, checked against a plain HMAC. */
class RespondentKeysIT {
  private static MongoClient client;
  private static MongoCollection<Document> collection;

  @BeforeAll
  static void connect() {
    client = MongoClients.create(SharedInfrastructure.mongo().connectionString());
    collection =
        client.getDatabase("respondent-keys-" + System.nanoTime()).getCollection("respondentkeys");
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  @Test
  void aRespondentsHashIsTheHmacOfTheirKeyWithTheCampaignsSecretFromEveryThread() throws Exception {
    RespondentKeys keys = new RespondentKeys(collection);
    keys.create("HASH-CAMPAIGN");
    byte[] secret =
        collection
            .find(new Document("_id", "HASH-CAMPAIGN"))
            .first()
            .get("key", Binary.class)
            .getData();

    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> hashed = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        hashed.add(
            threads.submit(
                () -> {
                  List<String> hashes = new ArrayList<>();
                  for (int i = 0; i < 500; i++) {
                    hashes.add(keys.hash("HASH-CAMPAIGN", "respondent-" + i).orElseThrow());
                  }
                  return hashes;
                }));
      }
      for (Future<List<String>> thread : hashed) {
        List<String> hashes = thread.get();
        for (int i = 0; i < 500; i++) {
          assertThat(hashes.get(i)).isEqualTo(hmac(secret, "respondent-" + i));
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aDestroyedKeyHashesNothing() {
    RespondentKeys keys = new RespondentKeys(collection);
    keys.create("SHREDDED-CAMPAIGN");
    assertThat(keys.hash("SHREDDED-CAMPAIGN", "respondent-1")).isPresent();

    keys.destroy("SHREDDED-CAMPAIGN");

    assertThat(keys.hash("SHREDDED-CAMPAIGN", "respondent-1")).isEmpty();
  }

  private static String hmac(byte[] secret, String respondentKey) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret, "HmacSHA256"));
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(mac.doFinal(respondentKey.getBytes(StandardCharsets.UTF_8)));
  }
}
