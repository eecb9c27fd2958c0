package org.dyad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.dyad.Coder;
import org.dyad.store.BadParameterException;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.store.StoreWriter;
import org.dyad.store.TextIndex;

/**
 * The HTTP server: the JSON API under {@code /api}, its OpenAPI description at {@code /openapi.json}, and the web
 * UI at {@code /}. Every error is JSON ({@code {"error", "message"}}, plus {@code "parameter"} for a bad one).
 */
public final class ApiServer implements AutoCloseable {
  private final Javalin app;
  private final Readers readers;
  private final List<Endpoint> endpoints;

  private ApiServer(Javalin app, Readers readers, List<Endpoint> endpoints) {
    this.app = app;
    this.readers = readers;
    this.endpoints = endpoints;
  }

  /**
   * Starts serving {@code store}. With an admin token the store must be open for writing and {@code writer}
   * given; the coder is created on the first ingest request.
   */
  public static ApiServer start(ServerOptions opts, EventStore store, TextIndex index, StoreWriter writer, Supplier<Coder> coder, int maxChars) {
    Readers readers = new Readers(store, Math.max(1, opts.connections()));
    org.dyad.codebook.Codebook codebook = org.dyad.codebook.Codebook.builtIn();
    EventsApi events = new EventsApi(readers, store.sentenceIndex() ? index : null,
        new EventJson(org.dyad.actors.ActorNames.load(null, codebook)));
    Map<String, Object> glossary = Glossary.of(codebook);
    ArticlesApi articles = new ArticlesApi(readers, index);
    List<Endpoint> eps = new ArrayList<>();
    Map<Endpoint, Handler> handlers = new LinkedHashMap<>();
    readRoutes(eps, handlers, events, articles, glossary);
    if (opts.adminToken() != null) {
      if (writer == null) throw new IllegalArgumentException("an admin token needs a writable store");
      IngestApi ingest = new IngestApi(opts.adminToken(), coder, writer, maxChars, opts.maxBodyBytes());
      add(eps, handlers, new Endpoint("post", "/api/ingest",
          "Code and store articles given as JSON lines (needs 'Authorization: Bearer TOKEN')", List.of(), true), ingest::ingest);
    }
    Map<String, Object> openApi = OpenApi.document(eps);

    boolean hasUi = ApiServer.class.getResource("/web/index.html") != null;
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.maxRequestSize = opts.maxBodyBytes();
      cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
      if (hasUi) {
        cfg.staticFiles.add(sf -> {
          sf.hostedPath = "/";
          sf.directory = "/web";
          sf.location = Location.CLASSPATH;
        });
      }
    });
    app.before(new HostCheck(opts)::check);
    for (var e : handlers.entrySet()) {
      Endpoint ep = e.getKey();
      Handler h = checked(ep, e.getValue());
      if (ep.method().equals("get")) app.get(ep.path(), h);
      else app.post(ep.path(), h);
    }
    app.get("/openapi.json", ctx -> ctx.json(openApi));
    allowOptions(app, eps);
    app.exception(BadParameterException.class, (e, ctx) -> error(ctx, 400, "bad_parameter", e.getMessage(), e.parameter()));
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.code, e.getMessage(), null));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), JsonErrors.code(e.getStatus()),
        e.getStatus() == 413 ? "the request body is over the limit of " + opts.maxBodyBytes() + " bytes" : e.getMessage(), null));
    app.exception(StoreException.class, (e, ctx) -> error(ctx, 500, "store", e.getMessage(), null));
    app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal", String.valueOf(e), null));
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) error(ctx, 404, "not_found", "no such resource: " + ctx.method() + " " + ctx.path(), null);
    });
    try {
      app.start(opts.host(), opts.port());
    } catch (RuntimeException e) {
      app.stop();
      readers.close();
      throw listenFailure(opts, e);
    }
    return new ApiServer(app, readers, List.copyOf(eps));
  }

  /** The read-only routes, each with its parameters as the OpenAPI document describes them. */
  private static void readRoutes(List<Endpoint> eps, Map<Endpoint, Handler> handlers, EventsApi events, ArticlesApi articles,
      Map<String, Object> glossary) {
    List<Param> filters = EventsApi.filterParams();
    add(eps, handlers, new Endpoint("get", "/api/events", "Events that pass the filters, a page at a time",
        concat(filters, List.of(Param.query("limit", "integer", "page size, 1-" + EventsApi.MAX_LIMIT + " (default 50)"),
            Param.query("offset", "integer", "rows to skip, 0-" + EventsApi.MAX_OFFSET),
            Param.query("sort", "string", "date, -date (default), goldstein, -goldstein, confidence, -confidence or id"))), false), events::list);
    add(eps, handlers, new Endpoint("get", "/api/events.csv", "Every event that passes the filters as CSV (streamed, no row limit): names,"
        + " labels, place, sentence text, article URL, publisher and date", filters, false), events::csv);
    add(eps, handlers, new Endpoint("get", "/api/events/{id}", "One event with its provenance: article, sentence, spans, rule, confidence",
        List.of(Param.path("id", "integer", "event id")), false), events::one);
    add(eps, handlers, new Endpoint("get", "/api/stats/timeline", "Event counts and mean Goldstein per period and quad class",
        concat(filters, List.of(Param.query("interval", "string", "day, week, month (default) or year"))), false), events::timeline);
    add(eps, handlers, new Endpoint("get", "/api/stats/dyads", "Top actor pairs with counts and mean Goldstein",
        concat(filters, List.of(Param.query("limit", "integer", "pairs, 1-500 (default 50)"),
            Param.query("by", "string", "actor (default) or country"),
            Param.query("exclude", "string", "pairs to leave out, comma-separated: unknown (an actor of unknown country, ---),"
                + " self (an actor with itself or its own country, SYRGOV-SYR)"))), false), events::dyads);
    add(eps, handlers, new Endpoint("get", "/api/stats/countries", "Event counts and mean Goldstein per country (actors' and place's)",
        filters, false), events::countries);
    add(eps, handlers, new Endpoint("get", "/api/stats/places", "Placed events counted by place (name, point, country, precision)",
        filters, false), events::places);
    add(eps, handlers, new Endpoint("get", "/api/articles", "Full-text search of articles, with highlighted passages",
        List.of(Param.query("q", "string", "Lucene query over title and text (required)"),
            Param.query("limit", "integer", "page size, 1-100 (default 20)"), Param.query("offset", "integer", "hits to skip, 0-10000")), false),
        articles::search);
    add(eps, handlers, new Endpoint("get", "/api/articles/{id}", "One article: text and the ids of its events",
        List.of(Param.path("id", "integer", "article id")), false), articles::one);
    add(eps, handlers, new Endpoint("get", "/api/meta", "How many articles and events the store holds, and their date range", List.of(), false),
        events::meta);
    add(eps, handlers, new Endpoint("get", "/api/glossary", "The codes' meanings: actor roles, event roots, quad classes", List.of(), false),
        ctx -> ctx.json(glossary));
  }

  /** Javalin's bind failures in one line with the remedy; anything else as it was. */
  private static RuntimeException listenFailure(ServerOptions opts, RuntimeException e) {
    String where = opts.host() + ":" + opts.port();
    if (e instanceof io.javalin.util.JavalinBindException) {
      return new ListenException("cannot listen on " + where + ": port " + opts.port() + " is in use by another process"
          + " (another 'dyad serve'?): stop it, or choose another --port", e);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException || t instanceof java.net.UnknownHostException) {
        return new ListenException("cannot listen on " + where + ": " + t.getMessage() + " (is --host an address of this machine?)", e);
      }
    }
    return e;
  }

  /**
   * OPTIONS on a route answers 204 with the methods it takes; on any other path, the JSON 404. Javalin serves HEAD
   * for every GET route.
   */
  private static void allowOptions(Javalin app, List<Endpoint> eps) {
    Map<String, java.util.TreeSet<String>> methods = new LinkedHashMap<>();
    for (Endpoint ep : eps) {
      var m = methods.computeIfAbsent(ep.path(), p -> new java.util.TreeSet<>(List.of("OPTIONS")));
      m.add(ep.method().toUpperCase(java.util.Locale.ROOT));
      if (ep.method().equals("get")) m.add("HEAD");
    }
    methods.computeIfAbsent("/openapi.json", p -> new java.util.TreeSet<>(List.of("GET", "HEAD", "OPTIONS")));
    for (var e : methods.entrySet()) {
      String allow = String.join(", ", e.getValue());
      app.options(e.getKey(), ctx -> ctx.header("Allow", allow).status(204));
    }
  }

  private static void add(List<Endpoint> eps, Map<Endpoint, Handler> handlers, Endpoint ep, Handler h) {
    eps.add(ep);
    handlers.put(ep, h);
  }

  /** Rejects query parameters the endpoint does not know: a misspelt filter must not silently select everything. */
  private static Handler checked(Endpoint ep, Handler h) {
    Set<String> known = ep.queryNames();
    return ctx -> {
      for (String name : ctx.queryParamMap().keySet()) {
        if (!known.contains(name)) throw new BadParameterException(EventsApi.shorten(name), "unknown parameter for " + ep.path() + "; known: " + new java.util.TreeSet<>(known));
      }
      for (var v : ctx.queryParamMap().entrySet()) {
        if (v.getValue().size() > 1) throw new BadParameterException(EventsApi.shorten(v.getKey()), "given more than once; use a comma-separated list");
      }
      h.handle(ctx);
    };
  }

  private static void error(Context ctx, int status, String code, String message, String parameter) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("error", code);
    m.put("message", message);
    if (parameter != null) m.put("parameter", parameter);
    ctx.status(status).json(m);
  }

  private static List<Param> concat(List<Param> a, List<Param> b) {
    List<Param> l = new ArrayList<>(a);
    l.addAll(b);
    return l;
  }

  public int port() {
    return app.port();
  }

  public List<String> routes() {
    return endpoints.stream().map(e -> e.method().toUpperCase(java.util.Locale.ROOT) + " " + e.path()).toList();
  }

  @Override
  public void close() {
    app.stop();
    readers.close();
  }
}
