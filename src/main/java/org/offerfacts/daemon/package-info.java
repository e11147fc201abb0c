/**
 * The extraction daemon: {@code extract} as a short command that hands its work to a JVM kept
 * warm, the way Gradle and the Kotlin compiler answer the JVM's start-up cost.
 *
 * <p>A cold JVM spends most of a one-document run loading classes and compiling PDFBox and the
 * extractor; the same work in a warm JVM is several times faster (docs/benchmarks.md). So a run
 * first asks a daemon of the same build over a Unix socket in a folder only its user can open;
 * when there is none it reads in-process as before, then starts one in the background for the
 * next runs. The daemon warms itself up, serves one run at a time, and leaves after some idle
 * minutes. {@code --no-daemon} or {@code OFFERFACTS_DAEMON=off} keep everything in-process.
 */
package org.offerfacts.daemon;
