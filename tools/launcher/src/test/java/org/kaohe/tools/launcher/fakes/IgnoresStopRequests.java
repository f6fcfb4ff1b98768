package org.kaohe.tools.launcher.fakes;

import java.util.concurrent.CountDownLatch;

/** A service whose graceful shutdown never finishes, so only a kill stops it. */
public final class IgnoresStopRequests {

  public static void main(String[] args) throws InterruptedException {
    CountDownLatch never = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitQuietly(never)));
    System.out.println("running");
    never.await();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
