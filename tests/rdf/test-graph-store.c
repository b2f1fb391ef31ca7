/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The Graph Store Protocol client (lib/rdf/dg-graph-store.c) against a real
 * HTTP server: libsoup's own, in a thread, with Digest authentication on
 * one path.  It records each request and answers as the test says. */
#include "config.h"

#include <libsoup/soup.h>
#include <stdlib.h>
#include <string.h>

#include "test-util.h"

#define EX "https://example.org/gs/"

typedef struct
{
  char *method;
  char *query;
  char *content_type;
  char *body;
  gboolean authorized;
  gboolean sent_credentials; /* an Authorization header came */
} Request;

typedef struct
{
  GThread *thread;
  GMainContext *context;
  GMainLoop *loop;
  SoupServer *server;
  GMutex lock;
  GCond ready;
  guint port;
  GPtrArray *requests; /* Request, but for HEAD */
  guint n_head;        /* HEAD requests */
  guint status;        /* the answer to every request */
  const char *answer;  /* its body */
  guint n_all;         /* every request, HEAD and redirected ones too */
  guint n_credentials; /* requests that carried an Authorization header */
  char *elsewhere;     /* where /redirect-other points */
} Server;

static void
request_free (Request *r)
{
  g_free (r->method);
  g_free (r->query);
  g_free (r->content_type);
  g_free (r->body);
  g_free (r);
}

/* A chunk of an endless answer, or a byte of a slow one, each time the
 * last has gone out. */
static void
on_wrote_chunk (SoupServerMessage *msg, gpointer data)
{
  SoupMessageBody *body = soup_server_message_get_response_body (msg);
  static char chunk[16384];

  (void)data;
  memset (chunk, 'x', sizeof chunk);
  soup_message_body_append (body, SOUP_MEMORY_COPY, chunk, sizeof chunk);
}

static gboolean
trickle (gpointer data)
{
  SoupServerMessage *msg = data;

  soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_STATIC, "x",
                            1);
  soup_server_message_unpause (msg);
  return G_SOURCE_CONTINUE;
}

static void
on_finished (SoupServerMessage *msg, gpointer source)
{
  (void)msg;
  g_source_destroy (source);
}

/* Paths that answer as a hostile or odd server would. */
static gboolean
answer_specially (Server *s, SoupServerMessage *msg, const char *path)
{
  SoupMessageHeaders *out = soup_server_message_get_response_headers (msg);
  gboolean head = g_str_equal (soup_server_message_get_method (msg), "HEAD");

  if (g_str_equal (path, "/redirect-other"))
    {
      soup_server_message_set_redirect (msg, SOUP_STATUS_TEMPORARY_REDIRECT, s->elsewhere);
      return TRUE;
    }
  if (g_str_equal (path, "/redirect-same"))
    {
      soup_server_message_set_redirect (msg, SOUP_STATUS_PERMANENT_REDIRECT, "/store");
      return TRUE;
    }
  if (g_str_has_prefix (path, "/found/") && !head)
    {
      soup_server_message_set_redirect (msg, atoi (path + 7), "/store");
      return TRUE;
    }
  if (g_str_equal (path, "/endless") && !head)
    {
      soup_server_message_set_status (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
      soup_message_headers_set_encoding (out, SOUP_ENCODING_CHUNKED);
      on_wrote_chunk (msg, NULL);
      g_signal_connect (msg, "wrote-chunk", G_CALLBACK (on_wrote_chunk), NULL);
      return TRUE;
    }
  if (g_str_equal (path, "/trickle") && !head)
    {
      GSource *source = g_timeout_source_new (100);

      soup_server_message_set_status (msg, SOUP_STATUS_CREATED, NULL);
      soup_message_headers_set_encoding (out, SOUP_ENCODING_CHUNKED);
      g_source_set_callback (source, trickle, msg, NULL);
      g_source_attach (source, s->context);
      /* The context owns it now; a message the client gave up on is never
       * finished, and its source goes with the context. */
      g_source_unref (source);
      g_signal_connect (msg, "finished", G_CALLBACK (on_finished), source);
      return TRUE;
    }
  return FALSE;
}

static void
on_request (SoupServer *server, SoupServerMessage *msg, const char *path, GHashTable *query,
            gpointer data)
{
  Server *s = data;
  Request *r = g_new0 (Request, 1);
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  GBytes *bytes = soup_message_body_flatten (body);
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);

  (void)server;
  (void)query;
  g_mutex_lock (&s->lock);
  s->n_all++;
  if (soup_message_headers_get_one (headers, "Authorization"))
    s->n_credentials++;
  g_mutex_unlock (&s->lock);
  if (answer_specially (s, msg, path))
    {
      g_bytes_unref (bytes);
      g_free (r);
      return;
    }
  r->method = g_strdup (soup_server_message_get_method (msg));
  r->query = g_strdup (g_uri_get_query (soup_server_message_get_uri (msg)));
  r->content_type = g_strdup (soup_message_headers_get_content_type (headers, NULL));
  r->body = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  r->authorized = g_str_has_prefix (path, "/auth");
  g_bytes_unref (bytes);
  /* A store that reads without credentials but wants them to write, as
   * Fuseki can be set up: the HEAD passes, the PUT is answered 401. */
  if (g_str_has_prefix (path, "/basic") && !g_str_equal (r->method, "HEAD")
      && !soup_message_headers_get_one (headers, "Authorization"))
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "WWW-Authenticate", "Basic realm=\"writers\"");
      soup_server_message_set_status (msg, SOUP_STATUS_UNAUTHORIZED, NULL);
      request_free (r);
      return;
    }
  r->authorized = r->authorized || g_str_has_prefix (path, "/basic");
  g_mutex_lock (&s->lock);
  if (g_str_equal (r->method, "HEAD"))
    {
      s->n_head++;
      request_free (r);
    }
  else
    g_ptr_array_add (s->requests, r);
  g_mutex_unlock (&s->lock);
  soup_server_message_set_status (msg, s->status, NULL);
  if (s->answer)
    soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, s->answer,
                                      strlen (s->answer));
}

static char *
digest_password (SoupAuthDomain *domain, SoupServerMessage *msg, const char *user, gpointer data)
{
  (void)domain;
  (void)msg;
  (void)data;
  return g_str_equal (user, "dba")
             ? soup_auth_domain_digest_encode_password (user, "store", "s3cret")
             : NULL;
}

static gpointer
serve (gpointer data)
{
  Server *s = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (SoupAuthDomain) digest = NULL;
  GSList *uris;

  g_main_context_push_thread_default (s->context);
  s->server = soup_server_new (NULL, NULL);
  digest = soup_auth_domain_digest_new ("realm", "store", NULL);
  soup_auth_domain_add_path (digest, "/auth");
  soup_auth_domain_digest_set_auth_callback (digest, digest_password, NULL, NULL);
  soup_server_add_auth_domain (s->server, digest);
  soup_server_add_handler (s->server, NULL, on_request, s, NULL);
  g_assert_true (soup_server_listen_local (s->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (s->server);
  g_mutex_lock (&s->lock);
  s->port = g_uri_get_port (uris->data);
  g_cond_signal (&s->ready);
  g_mutex_unlock (&s->lock);
  g_slist_free_full (uris, (GDestroyNotify)g_uri_unref);
  g_main_loop_run (s->loop);
  soup_server_disconnect (s->server);
  g_clear_object (&s->server);
  g_main_context_pop_thread_default (s->context);
  return NULL;
}

static Server *
server_start (void)
{
  Server *s = g_new0 (Server, 1);

  g_mutex_init (&s->lock);
  g_cond_init (&s->ready);
  s->context = g_main_context_new ();
  s->loop = g_main_loop_new (s->context, FALSE);
  s->requests = g_ptr_array_new_with_free_func ((GDestroyNotify)request_free);
  s->status = SOUP_STATUS_CREATED;
  g_mutex_lock (&s->lock);
  s->thread = g_thread_new ("gsp-server", serve, s);
  while (s->port == 0)
    g_cond_wait (&s->ready, &s->lock);
  g_mutex_unlock (&s->lock);
  return s;
}

static gboolean
quit_loop (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

static void
server_stop (Server *s)
{
  g_main_context_invoke (s->context, quit_loop, s->loop);
  g_thread_join (s->thread);
  g_main_loop_unref (s->loop);
  g_main_context_unref (s->context);
  g_ptr_array_unref (s->requests);
  g_free (s->elsewhere);
  g_mutex_clear (&s->lock);
  g_cond_clear (&s->ready);
  g_free (s);
}

static DgGraphStore *
store_at (Server *s, const char *path)
{
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u%s", s->port, path);
  g_autoptr (GError) error = NULL;
  DgGraphStore *store = dg_graph_store_new (url, &error);

  g_assert_no_error (error);
  return store;
}

/* Two articles; a visit cited from both, a state cited from neither. */
static DgGraph *
two_source_graph (void)
{
  DgGraph *g = test_graph_new ();
  g_autoptr (DgReader) r = dg_reader_new (g);
  const char *dg = "@base <" EX ">\n"
                   "SourceDocument a1 \"One\"@en\nSourceDocument a2 \"Two\"@en\n"
                   "State vn \"Vietnam\"@en\nState kr \"Korea\"@en\n"
                   "Visit v \"The visit\"@en visitor=vn host=kr date=2025-08-10\n"
                   "  cite a1 \"kunjungan\"\n  cite a2 \"the visit\"\n";

  g_assert_true (dg_reader_read_data (r, dg, -1, "two.dg", NULL));
  g_assert_true (dg_reader_finish (r, NULL));
  return g;
}

/* The triples rapper reads in a request body. */
static guint
count_triples (const char *turtle)
{
  const char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "body.ttl", NULL);
  g_autofree char *out = NULL;
  const char *argv[]
      = { test_tool ("rapper"), "-q", "-i", "turtle", "-o", "ntriples", path, "urn:x:base", NULL };

  g_assert_true (g_file_set_contents (path, turtle, -1, NULL));
  g_assert_cmpint (test_run (argv, &out, NULL), ==, 0);
  {
    g_auto (GStrv) lines = g_strsplit (out, "\n", -1);
    return g_strv_length (lines) - 1;
  }
}

static void
test_dataset (void)
{
  Server *s;
  g_autoptr (DgGraph) g = NULL;
  g_autoptr (DgGraphStore) store = NULL;
  g_autoptr (GError) error = NULL;
  guint64 sum = 0;

  if (!test_require_tool ("rapper"))
    return;
  s = server_start ();
  g = two_source_graph ();
  store = store_at (s, "/store");
  g_assert_true (dg_graph_store_push (store, g, NULL, DG_PUSH_REPLACE, &error));
  g_assert_no_error (error);
  /* The default graph (what no source states) and one graph per source. */
  g_assert_cmpuint (s->requests->len, ==, 3);
  g_assert_cmpuint (s->n_head, ==, 1);
  g_assert_cmpuint (dg_graph_store_get_n_requests (store), ==, 4);
  for (guint i = 0; i < s->requests->len; i++)
    {
      Request *r = g_ptr_array_index (s->requests, i);
      guint n = count_triples (r->body);

      g_test_message ("%s ?%s: %u triples", r->method, r->query, n);
      g_assert_cmpstr (r->method, ==, "PUT");
      g_assert_cmpstr (r->content_type, ==, "text/turtle");
      g_assert_cmpuint (n, >, 0);
      sum += n;
      if (i > 0)
        g_assert_nonnull (strstr (r->body, "The visit"));
    }
  g_assert_cmpstr (((Request *)g_ptr_array_index (s->requests, 0))->query, ==, "default");
  g_assert_cmpstr (((Request *)g_ptr_array_index (s->requests, 1))->query, ==,
                   "graph=https://example.org/gs/a1");
  g_assert_cmpstr (((Request *)g_ptr_array_index (s->requests, 2))->query, ==,
                   "graph=https://example.org/gs/a2");
  g_assert_cmpuint (sum, ==, dg_graph_store_get_n_triples (store));
  /* The visit is in both articles' graphs: more than the graph's triples. */
  g_assert_cmpuint (sum, >, dg_graph_get_n_triples (g));
  server_stop (s);
}

static void
test_one_graph_add_and_unsourced (void)
{
  Server *s = server_start ();
  g_autoptr (DgGraph) g = two_source_graph ();
  g_autoptr (DgGraphStore) store = store_at (s, "/store");
  Request *r;

  g_assert_true (dg_graph_store_push (store, g, EX "all", DG_PUSH_ADD, NULL));
  g_assert_cmpuint (s->requests->len, ==, 1);
  r = g_ptr_array_index (s->requests, 0);
  g_assert_cmpstr (r->method, ==, "POST");
  g_assert_cmpstr (r->query, ==, "graph=https://example.org/gs/all");
  g_assert_cmpuint (dg_graph_store_get_n_triples (store), ==, dg_graph_get_n_triples (g));
  /* What would end the parameter is escaped; ':' and '/' are kept (RFC
   * 3986 allows them in a query, and servers re-encode them differently,
   * which breaks Digest authentication). */
  g_assert_true (dg_graph_store_push (store, g, EX "a&b=c+d#e f%", DG_PUSH_ADD, NULL) == FALSE);
  g_assert_true (dg_graph_store_push (store, g, EX "a&b=c+d#e%C3%A9", DG_PUSH_ADD, NULL));
  r = g_ptr_array_index (s->requests, 1);
  g_assert_cmpstr (r->query, ==, "graph=https://example.org/gs/a%26b%3Dc%2Bd%23e%25C3%25A9");
  dg_graph_store_set_unsourced_graph (store, EX "rest");
  g_assert_true (dg_graph_store_push (store, g, NULL, DG_PUSH_REPLACE, NULL));
  r = g_ptr_array_index (s->requests, 2);
  g_assert_cmpstr (r->query, ==, "graph=https://example.org/gs/rest");
  server_stop (s);
}

/* With the ontology: one more graph, named after it, that holds its
 * labels; and with --graph, the data to that graph and the ontology to its
 * own. */
static void
test_with_ontology (void)
{
  Server *s = server_start ();
  g_autoptr (DgGraph) g = two_source_graph ();
  g_autoptr (DgGraphStore) store = store_at (s, "/store");
  Request *r;

  dg_graph_store_set_with_ontology (store, TRUE);
  g_assert_true (dg_graph_store_push (store, g, NULL, DG_PUSH_REPLACE, NULL));
  g_assert_cmpuint (s->requests->len, ==, 4);
  r = g_ptr_array_index (s->requests, 3);
  g_assert_cmpstr (r->query, ==, "graph=https://w3id.org/diplograph");
  g_assert_nonnull (strstr (r->body, "<https://w3id.org/diplograph#ComprehensiveStrategicPartnership> "
                                     "<http://www.w3.org/2000/01/rdf-schema#label> "
                                     "\"Comprehensive Strategic Partnership\"@en ."));
  g_assert_null (strstr (r->body, "The visit"));
  for (guint i = 0; i < 3; i++)
    g_assert_null (strstr (((Request *)g_ptr_array_index (s->requests, i))->body, "owl#Class"));
  g_assert_true (dg_graph_store_push (store, g, EX "all", DG_PUSH_REPLACE, NULL));
  g_assert_cmpuint (s->requests->len, ==, 6);
  g_assert_cmpstr (((Request *)g_ptr_array_index (s->requests, 4))->query, ==,
                   "graph=https://w3id.org/diplograph");
  r = g_ptr_array_index (s->requests, 5);
  g_assert_cmpstr (r->query, ==, "graph=https://example.org/gs/all");
  g_assert_nonnull (strstr (r->body, "The visit"));
  g_assert_null (strstr (r->body, "owl#Class"));
  server_stop (s);
}

/* Digest authentication: the request is sent again with credentials, and
 * must carry its body again (libsoup 3.2 sent it empty). */
static void
test_digest (void)
{
  Server *s = server_start ();
  g_autoptr (DgGraph) g = two_source_graph ();
  g_autoptr (DgGraphStore) store = store_at (s, "/auth/store");
  g_autoptr (GError) error = NULL;

  dg_graph_store_set_credentials (store, "dba", "s3cret");
  g_assert_true (dg_graph_store_push (store, g, EX "all", DG_PUSH_REPLACE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (s->requests->len, ==, 1);
  g_assert_cmpuint (s->n_head, ==, 1);
  g_assert_true (((Request *)g_ptr_array_index (s->requests, 0))->authorized);
  g_assert_nonnull (strstr (((Request *)g_ptr_array_index (s->requests, 0))->body, "The visit"));
  dg_graph_store_set_credentials (store, "dba", "wrong");
  g_assert_false (dg_graph_store_push (store, g, EX "all", DG_PUSH_REPLACE, &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "HTTP 401 Unauthorized"));
  g_clear_error (&error);
  dg_graph_store_set_credentials (store, NULL, NULL);
  g_assert_false (dg_graph_store_push (store, g, EX "all", DG_PUSH_REPLACE, &error));
  g_assert_nonnull (strstr (error->message, "HTTP 401 Unauthorized (the store wants a user"));
  g_assert_nonnull (strstr (error->message, "HEAD http://127.0.0.1:"));
  /* Refused at the HEAD: no body was sent either time. */
  g_assert_cmpuint (s->requests->len, ==, 1);
  server_stop (s);
}

/* The request is sent again with the credentials a 401 asked for, and
 * must carry its body again: libsoup 3.2 sends it empty, and a store
 * would replace the graph with nothing. */
static void
test_auth_on_write (void)
{
  Server *s = server_start ();
  g_autoptr (DgGraph) g = two_source_graph ();
  g_autoptr (DgGraphStore) store = store_at (s, "/basic/store");
  Request *r;

  dg_graph_store_set_credentials (store, "writer", "pw");
  g_assert_true (dg_graph_store_push (store, g, EX "all", DG_PUSH_REPLACE, NULL));
  g_assert_cmpuint (s->requests->len, ==, 1);
  r = g_ptr_array_index (s->requests, 0);
  g_assert_true (r->authorized);
  g_assert_nonnull (strstr (r->body, "The visit"));
  server_stop (s);
}

static void
test_http_errors (void)
{
  Server *s = server_start ();
  g_autoptr (DgGraph) g = two_source_graph ();
  g_autoptr (DgGraphStore) store = store_at (s, "/store");
  g_autoptr (DgGraphStore) closed = NULL;
  g_autoptr (GError) error = NULL;
  guint port;

  s->status = 500;
  s->answer = "<html><body><h1>Error 22023</h1>\n<p>no \x01"
              "default\x7f"
              " graph</p></body></html>";
  g_assert_false (dg_graph_store_push (store, g, NULL, DG_PUSH_REPLACE, &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_IO);
  g_test_message ("%s", error->message);
  /* The store's reason, as text, without its markup or control bytes;
   * and the push stops at the first failure. */
  g_assert_nonnull (strstr (error->message, "PUT http://127.0.0.1:"));
  g_assert_nonnull (
      strstr (error->message, "HTTP 500 Internal Server Error: Error 22023 no ?default? graph"));
  g_assert_cmpuint (s->requests->len, ==, 1);
  port = s->port;
  server_stop (s);
  /* Nothing listens there now. */
  {
    g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u/store", port);
    closed = dg_graph_store_new (url, NULL);
  }
  g_clear_error (&error);
  dg_graph_store_set_timeout (closed, 10);
  g_assert_false (dg_graph_store_push (closed, g, NULL, DG_PUSH_REPLACE, &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_IO);
}

/* A redirect to another origin is not followed: the credentials, and the
 * data, go only where the user sent them. */
static void
test_redirect_elsewhere (void)
{
  Server *s = server_start ();
  Server *other = server_start ();
  g_autoptr (DgGraph) g = two_source_graph ();
  g_autoptr (DgGraphStore) store = store_at (s, "/redirect-other");
  g_autoptr (GError) error = NULL;

  s->elsewhere = g_strdup_printf ("http://127.0.0.1:%u/store", other->port);
  dg_graph_store_set_credentials (store, "writer", "pw");
  g_assert_false (dg_graph_store_push (store, g, EX "all", DG_PUSH_REPLACE, &error));
  g_test_message ("%s", error->message);
  g_assert_error (error, DG_ERROR, DG_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "redirects to another server"));
  g_assert_cmpuint (other->n_all, ==, 0);
  server_stop (other);
  server_stop (s);
}

static void
test_redirect_same_origin (void)
{
  Server *s = server_start ();
  g_autoptr (DgGraph) g = two_source_graph ();
  g_autoptr (DgGraphStore) store = store_at (s, "/redirect-same");
  g_autoptr (GError) error = NULL;

  g_assert_true (dg_graph_store_push (store, g, EX "all", DG_PUSH_ADD, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (s->requests->len, ==, 1);
  g_assert_cmpstr (((Request *)g_ptr_array_index (s->requests, 0))->method, ==, "POST");
  g_assert_nonnull (strstr (((Request *)g_ptr_array_index (s->requests, 0))->body, "The visit"));
  server_stop (s);
}

/* A write answered by 301, 302 or 303 did not store anything: libsoup would
 * have sent a GET to the new place and reported its 200. */
static void
test_redirect_not_success (void)
{
  static const char *const paths[] = { "/found/301", "/found/302", "/found/303" };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    for (int mode = DG_PUSH_REPLACE; mode <= DG_PUSH_ADD; mode++)
      {
        Server *s = server_start ();
        g_autoptr (DgGraph) g = two_source_graph ();
        g_autoptr (DgGraphStore) store = store_at (s, paths[i]);
        g_autoptr (GError) error = NULL;

        g_assert_false (dg_graph_store_push (store, g, EX "all", mode, &error));
        g_assert_error (error, DG_ERROR, DG_ERROR_IO);
        g_assert_nonnull (strstr (error->message, "not followed, so nothing was stored"));
        g_assert_cmpuint (dg_graph_store_get_n_triples (store), ==, 0);
        g_assert_cmpuint (s->requests->len, ==, 0);
        server_stop (s);
      }
}

/* An endless error page is read only so far; a store that trickles its
 * answer is stopped at the deadline. */
static void
test_endless_and_slow (void)
{
  Server *s = server_start ();
  g_autoptr (DgGraph) g = two_source_graph ();
  g_autoptr (DgGraphStore) endless = store_at (s, "/endless");
  g_autoptr (DgGraphStore) slow = store_at (s, "/trickle");
  g_autoptr (GError) error = NULL;
  gint64 start;

  g_assert_false (dg_graph_store_push (endless, g, EX "all", DG_PUSH_REPLACE, &error));
  g_assert_error (error, DG_ERROR, DG_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "HTTP 500"));
  g_clear_error (&error);
  dg_graph_store_set_timeout (slow, 1);
  start = g_get_monotonic_time ();
  g_assert_false (dg_graph_store_push (slow, g, EX "all", DG_PUSH_REPLACE, &error));
  g_test_message ("%s after %.1f s", error->message,
                  (g_get_monotonic_time () - start) / (double)G_TIME_SPAN_SECOND);
  g_assert_nonnull (strstr (error->message, "no complete answer within 1 s"));
  /* Generous: the point is that 1 byte every 100 ms does not hold it. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 20 * G_TIME_SPAN_SECOND);
  server_stop (s);
}

/* A password in the endpoint is used, and never shown. */
static void
test_password_in_url (void)
{
  Server *s = server_start ();
  g_autoptr (DgGraph) g = two_source_graph ();
  g_autofree char *url = g_strdup_printf ("http://dba:s3cret@127.0.0.1:%u/auth/store", s->port);
  g_autoptr (DgGraphStore) store = dg_graph_store_new (url, NULL);
  g_autofree char *shown = dg_graph_store_get_endpoint (store);
  g_autoptr (DgGraphStore) bad = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_null (strstr (shown, "s3cret"));
  g_assert_true (dg_graph_store_push (store, g, EX "all", DG_PUSH_REPLACE, &error));
  g_assert_no_error (error);
  g_assert_true (((Request *)g_ptr_array_index (s->requests, 0))->authorized);
  s->status = 500;
  g_assert_false (dg_graph_store_push (store, g, EX "all", DG_PUSH_REPLACE, &error));
  g_assert_null (strstr (error->message, "s3cret"));
  g_clear_error (&error);
  bad = dg_graph_store_new ("ftp://dba:s3cret@example.org/x", &error);
  g_assert_null (bad);
  g_assert_null (strstr (error->message, "s3cret"));
  server_stop (s);
}

static void
test_bad_endpoints (void)
{
  static const char *const bad[] = { "ftp://example.org/store", "http://example.org/store?x=1",
                                     "no url", "http:///store", "file:///tmp/x" };
  g_autoptr (DgGraph) g = test_graph_new ();
  g_autoptr (DgReader) r = dg_reader_new (g);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (DgGraphStore) store = dg_graph_store_new (bad[i], &error);

      g_assert_null (store);
      g_assert_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE);
    }
  /* A graph named by a blank node has no name a store could use: refused
   * before any request. */
  g_assert_true (
      dg_reader_read_data (r, "_:g { <" EX "a> <" EX "b> <" EX "c> . }\n", -1, "b.trig", NULL));
  dg_reader_finish (r, NULL);
  if (dg_graph_has_named_graphs (g))
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (DgGraphStore) store = dg_graph_store_new ("http://127.0.0.1:9/store", NULL);

      g_assert_false (dg_graph_store_push (store, g, NULL, DG_PUSH_REPLACE, &error));
      g_assert_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE);
      g_assert_cmpuint (dg_graph_store_get_n_requests (store), ==, 0);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/graph-store/dataset", test_dataset);
  g_test_add_func ("/graph-store/one-graph-add-and-unsourced", test_one_graph_add_and_unsourced);
  g_test_add_func ("/graph-store/digest", test_digest);
  g_test_add_func ("/graph-store/with-ontology", test_with_ontology);
  g_test_add_func ("/graph-store/auth-on-write", test_auth_on_write);
  g_test_add_func ("/graph-store/http-errors", test_http_errors);
  g_test_add_func ("/graph-store/bad-endpoints", test_bad_endpoints);
  g_test_add_func ("/graph-store/redirect-elsewhere", test_redirect_elsewhere);
  g_test_add_func ("/graph-store/redirect-same-origin", test_redirect_same_origin);
  g_test_add_func ("/graph-store/redirect-not-success", test_redirect_not_success);
  g_test_add_func ("/graph-store/endless-and-slow", test_endless_and_slow);
  g_test_add_func ("/graph-store/password-in-url", test_password_in_url);
  return g_test_run ();
}
