package org.offerfacts.web;

import java.util.Set;
import org.offerfacts.accounts.Role;

/**
 * Which role a request needs, decided from its method and path in one place, so that a new
 * route is protected the day it is added: reading needs an account, changing needs an editor,
 * verifying needs a technician, and users and settings need an admin.
 */
final class Access {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private Access() {}

  /** Pages anybody may open: signing in, assets, health, the API's description, shared views. */
  static boolean isPublic(String method, String path) {
    return path.equals("/login") || path.startsWith("/static/") || path.equals("/health")
        || path.equals("/api/openapi.json") || path.startsWith("/share/") || path.equals("/favicon.ico")
        || path.startsWith("/answer/");
  }

  static Role required(String method, String path) {
    if (path.startsWith("/admin") || path.startsWith("/api/admin")) return Role.ADMIN;
    // The review queue is technicians' work, read or written.
    if (path.startsWith("/review") || path.startsWith("/api/review")) return Role.TECHNICIAN;
    if (SAFE.contains(method)) return Role.VIEWER;
    if (path.startsWith("/account") || path.equals("/logout")) return Role.VIEWER;
    if (path.contains("/verify")) return Role.TECHNICIAN;
    return Role.EDITOR;
  }

  static boolean isSafe(String method) {
    return SAFE.contains(method);
  }
}
