package org.offerfacts.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after a few failures for one account, or many from one address, in
 * a short window, further attempts are refused until the window has passed. Kept in memory: a
 * restart forgets it, which costs an attacker a restart they cannot cause.
 */
public final class LoginThrottle {
  public static final int MAX_PER_ACCOUNT = 5;
  public static final int MAX_PER_ADDRESS = 20;
  public static final Duration WINDOW = Duration.ofMinutes(15);

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Whether another attempt may be made now for this account from this address. */
  public boolean allows(String email, String address) {
    return recent("account:" + key(email)) < MAX_PER_ACCOUNT && recent("address:" + address) < MAX_PER_ADDRESS;
  }

  public void failed(String email, String address) {
    add("account:" + key(email));
    add("address:" + address);
  }

  public void succeeded(String email) {
    failures.remove("account:" + key(email));
  }

  private int recent(String key) {
    Deque<Instant> times = failures.get(key);
    if (times == null) return 0;
    synchronized (times) {
      Instant horizon = clock.instant().minus(WINDOW);
      while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) times.pollFirst();
      return times.size();
    }
  }

  private void add(String key) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(clock.instant());
      while (times.size() > MAX_PER_ADDRESS) times.pollFirst();
    }
  }

  private static String key(String email) {
    return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
