package org.offerfacts.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import org.offerfacts.app.App;

/** The HTTP face of the app: one Javalin server, its routes listed in {@link Routes}. */
public final class WebServer {
  private WebServer() {}

  public static Javalin create(App app) {
    return Javalin.create(config -> {
      config.jetty.host = app.config.host();
      config.jetty.port = app.config.port();
      // A body may carry the largest upload plus the form's other fields. Jetty's multipart
      // parser enforces both caps while it streams, so a chunked body that never announces its
      // length is cut off at the limit rather than written to disk in full.
      long maxBody = app.config.maxUploadBytes() + 1024 * 1024;
      config.http.maxRequestSize = maxBody;
      config.jetty.multipartConfig.maxFileSize(app.config.maxUploadBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(maxBody, SizeUnit.BYTES);
      // ETags only where they are cheap: see EntityTag.
      config.http.generateEtags = false;
      config.startup.showJavalinBanner = false;
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/web/static";
        files.location = Location.CLASSPATH;
        files.headers.put("Cache-Control", "public, max-age=3600");
      });
      Guards.install(config.routes);
      Auth.install(config.routes, app.accounts);
      Errors.install(config.routes);
      Routes.install(config.routes, app);
    });
  }
}
