package org.kaohe.tools.launcher.fakes;

import java.util.concurrent.CountDownLatch;

/** A service that runs but never opens its port. */
public final class NeverHealthy {

  public static void main(String[] args) throws InterruptedException {
    System.out.println("waiting for something that never comes");
    new CountDownLatch(1).await();
  }
}
