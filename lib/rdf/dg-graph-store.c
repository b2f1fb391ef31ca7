/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "dg-error.h"
#include "dg-graph-store.h"
#include "dg-graph.h"
#include "dg-text.h"
#include "dg-writer-rdf.h"
#include "dg-ontology-private.h"
#include "dg-writer-rdf-private.h"

/**
 * DgGraphStore:
 *
 * A client of the SPARQL 1.1 Graph Store HTTP Protocol: it uploads a
 * #DgGraph to a SPARQL store (Oxigraph, Fuseki, Virtuoso, GraphDB…).
 *
 * The protocol takes one graph per request, as Turtle: a push sends each
 * named graph of the dataset (one per source document, see #DgRdfWriter) to
 * `ENDPOINT?graph=IRI` and the rest to `ENDPOINT?default`, or everything to
 * one graph the caller names.  PUT replaces a graph, POST adds to it.
 * Basic and Digest authentication are answered with the credentials given.
 *
 * HTTP comes from libsoup 3: it is GLib's own (GError, GInputStream, the
 * same main context), handles Basic and Digest authentication, and TLS
 * through glib-networking, so no glue is needed between it and the rest of
 * the library.  Redirects are followed here, not by libsoup: only 307 and
 * 308 (which keep the method and body) to the same origin, so that
 * credentials never go to another host and a write answered by a redirect
 * is never taken for a write done.
 */

struct _DgGraphStore
{
  GObject parent_instance;
  GUri *endpoint; /* without its user and password, so that it can be shown */
  char *user;
  char *password;
  char *unsourced_graph;
  gboolean with_ontology;
  guint timeout;
  guint n_requests;
  guint64 n_triples;
};

G_DEFINE_FINAL_TYPE (DgGraphStore, dg_graph_store, G_TYPE_OBJECT)

static void
dg_graph_store_finalize (GObject *object)
{
  DgGraphStore *self = DG_GRAPH_STORE (object);

  g_uri_unref (self->endpoint);
  g_free (self->user);
  if (self->password)
    memset (self->password, 0, strlen (self->password));
  g_free (self->password);
  g_free (self->unsourced_graph);
  G_OBJECT_CLASS (dg_graph_store_parent_class)->finalize (object);
}

static void
dg_graph_store_class_init (DgGraphStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dg_graph_store_finalize;
}

static void
dg_graph_store_init (DgGraphStore *self)
{
  self->timeout = 300;
}

/* @endpoint as a message may show it: what stands before an '@' in its
 * authority (a user and password) replaced, even when it does not parse. */
static char *
redacted (const char *endpoint)
{
  const char *start = strstr (endpoint, "://");
  const char *end, *at;

  if (!start)
    return g_strdup (endpoint);
  start += 3;
  end = start + strcspn (start, "/?#");
  at = g_strrstr_len (start, end - start, "@");
  if (!at)
    return g_strdup (endpoint);
  return g_strdup_printf ("%.*s***%s", (int)(start - endpoint), endpoint, at);
}

/**
 * dg_graph_store_new:
 * @endpoint: the store's Graph Store Protocol URL (`http:` or `https:`),
 *   such as `http://localhost:7878/store` (Oxigraph),
 *   `http://localhost:3030/ds/data` (Fuseki) or
 *   `http://localhost:8890/sparql-graph-crud-auth` (Virtuoso)
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full) (nullable): a new #DgGraphStore, or %NULL if
 *   @endpoint is not an HTTP URL without a query
 */
DgGraphStore *
dg_graph_store_new (const char *endpoint, GError **error)
{
  g_autoptr (GUri) uri = NULL;
  g_autoptr (GError) local_error = NULL;
  DgGraphStore *self;

  g_autofree char *shown = NULL;

  g_return_val_if_fail (endpoint != NULL, NULL);
  shown = redacted (endpoint);
  uri = g_uri_parse (endpoint, SOUP_HTTP_URI_FLAGS, &local_error);
  if (!uri)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "endpoint %s: not a URL", shown);
      return NULL;
    }
  if ((g_strcmp0 (g_uri_get_scheme (uri), "http") != 0
       && g_strcmp0 (g_uri_get_scheme (uri), "https") != 0)
      || !g_uri_get_host (uri) || !*g_uri_get_host (uri))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "endpoint %s: not an http: or https: URL", shown);
      return NULL;
    }
  if (g_uri_get_query (uri))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "endpoint %s: give the URL without a query; diplograph adds ?graph=", shown);
      return NULL;
    }
  self = g_object_new (DG_TYPE_GRAPH_STORE, NULL);
  /* Credentials in the URL answer the store's challenges like any others,
   * and are never shown in a message. */
  if (g_uri_get_user (uri))
    dg_graph_store_set_credentials (self, g_uri_get_user (uri), g_uri_get_password (uri));
  self->endpoint = soup_uri_copy (uri, SOUP_URI_USER, NULL, SOUP_URI_PASSWORD, NULL, SOUP_URI_NONE);
  return self;
}

/**
 * dg_graph_store_get_endpoint:
 * @self: a #DgGraphStore
 *
 * Returns: (transfer full): the endpoint's URL, without any user or
 *   password it was given with
 */
char *
dg_graph_store_get_endpoint (DgGraphStore *self)
{
  g_return_val_if_fail (DG_IS_GRAPH_STORE (self), NULL);
  return g_uri_to_string (self->endpoint);
}

/**
 * dg_graph_store_set_credentials:
 * @self: a #DgGraphStore
 * @user: (nullable): the user name, or %NULL for none
 * @password: (nullable): the password
 *
 * Answers the store's Basic or Digest authentication challenges with these.
 */
void
dg_graph_store_set_credentials (DgGraphStore *self, const char *user, const char *password)
{
  g_return_if_fail (DG_IS_GRAPH_STORE (self));
  g_free (self->user);
  if (self->password)
    memset (self->password, 0, strlen (self->password));
  g_free (self->password);
  self->user = g_strdup (user);
  self->password = g_strdup (password ? password : "");
}

/**
 * dg_graph_store_set_unsourced_graph:
 * @self: a #DgGraphStore
 * @graph_iri: (nullable): a graph IRI, or %NULL for the default graph
 *
 * Where a push sends the statements no source document states (the
 * entities, the sources' own descriptions): to the store's default graph
 * (`?default`), or to the named graph @graph_iri — for stores whose
 * Graph Store endpoint has no default graph, such as Virtuoso's.
 */
void
dg_graph_store_set_unsourced_graph (DgGraphStore *self, const char *graph_iri)
{
  g_return_if_fail (DG_IS_GRAPH_STORE (self));
  g_free (self->unsourced_graph);
  self->unsourced_graph = g_strdup (graph_iri);
}

/**
 * dg_graph_store_set_with_ontology:
 * @self: a #DgGraphStore
 * @with_ontology: whether to send the ontology too
 *
 * Sends the ontology (built-in and extensions) to its own graph,
 * `<https://w3id.org/diplograph>`, beside the data: queries that use its
 * labels (partnership levels, roles) or its class hierarchy then answer.
 */
void
dg_graph_store_set_with_ontology (DgGraphStore *self, gboolean with_ontology)
{
  g_return_if_fail (DG_IS_GRAPH_STORE (self));
  self->with_ontology = with_ontology;
}

/**
 * dg_graph_store_set_timeout:
 * @self: a #DgGraphStore
 * @seconds: how long one request may take, from its start to the end of
 *   the store's answer; 0 for ever
 *
 * The default is 300 seconds: a large graph takes a store a while to load.
 * It is a deadline, not an idle time: a store that answers a byte at a
 * time cannot hold the push longer.
 */
void
dg_graph_store_set_timeout (DgGraphStore *self, guint seconds)
{
  g_return_if_fail (DG_IS_GRAPH_STORE (self));
  self->timeout = seconds;
}

typedef struct
{
  DgGraphStore *store;
  gboolean tried;
} AuthState;

static gboolean
on_authenticate (SoupMessage *msg, SoupAuth *auth, gboolean retrying, gpointer data)
{
  AuthState *st = data;

  (void)msg;
  /* Credentials that failed once fail again: let the 401 through. */
  if (!st->store->user || retrying || st->tried)
    return FALSE;
  st->tried = TRUE;
  soup_auth_authenticate (auth, st->store->user, st->store->password);
  return FALSE;
}

/* libsoup 3.2 sends an empty body when it repeats a request with the
 * credentials a 401 asked for: a store would replace the graph with
 * nothing.  Every restart gets the body again. */
#define TURTLE_TYPE "text/turtle; charset=utf-8"

static void
on_restarted (SoupMessage *msg, gpointer body)
{
  soup_message_set_request_body_from_bytes (msg, TURTLE_TYPE, body);
}

/* The request URL for @graph: ?graph=IRI, or ?default for "". */
static char *
request_url (DgGraphStore *self, const char *graph)
{
  g_autofree char *query = NULL;
  g_autoptr (GUri) uri = NULL;

  if (*graph == '\0')
    query = g_strdup ("default");
  else
    {
      g_autofree char *escaped = g_uri_escape_string (graph, ":/", FALSE);
      query = g_strconcat ("graph=", escaped, NULL);
    }
  uri = soup_uri_copy (self->endpoint, SOUP_URI_QUERY, query, SOUP_URI_NONE);
  return g_uri_to_string (uri);
}

/* The text of a store's error page, for the message: tags dropped, space
 * collapsed, at most 400 characters. */
static char *
summary_of (GBytes *body)
{
  gsize len = 0;
  const char *data = body ? g_bytes_get_data (body, &len) : NULL;
  GString *out = g_string_new (NULL);
  gboolean in_tag = FALSE;

  for (gsize i = 0; data && i < len && out->len < 400; i++)
    {
      char c = data[i];

      if (c == '<')
        in_tag = TRUE;
      if (in_tag)
        {
          in_tag = c != '>';
          c = ' ';
        }
      if (g_ascii_isspace (c))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          continue;
        }
      /* The page comes from the network: show printable ASCII only. */
      g_string_append_c (out, g_ascii_isprint (c) ? c : '?');
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* Of a store's answer only this much is read: the message shows 400
 * characters of it, and an endless answer must not fill the memory. */
#define MAX_REPLY (64 * 1024)
#define MAX_REDIRECTS 5

static gboolean
check_status (DgGraphStore *self, SoupMessage *msg, const char *method, const char *url,
              GBytes *reply, GError **error)
{
  guint status = soup_message_get_status (msg);
  g_autofree char *summary = NULL;

  if (SOUP_STATUS_IS_SUCCESSFUL (status))
    return TRUE;
  if (SOUP_STATUS_IS_REDIRECTION (status))
    {
      const char *location
          = soup_message_headers_get_one (soup_message_get_response_headers (msg), "Location");
      g_set_error (error, DG_ERROR, DG_ERROR_IO,
                   "%s %s: HTTP %u %s to %s: not followed, so nothing was stored (a %s "
                   "redirected elsewhere would not be stored there either; give the store's "
                   "own URL as the endpoint)",
                   method, url, status, soup_message_get_reason_phrase (msg),
                   location ? location : "nowhere", method);
      return FALSE;
    }
  summary = summary_of (reply);
  g_set_error (
      error, DG_ERROR, DG_ERROR_IO, "%s %s: HTTP %u %s%s%s%s", method, url, status,
      soup_message_get_reason_phrase (msg),
      status == SOUP_STATUS_UNAUTHORIZED && !self->user ? " (the store wants a user: --user)" : "",
      *summary ? ": " : "", summary);
  return FALSE;
}

/* A deadline for one exchange: a thread that cancels it when the time is
 * up, since libsoup's own timeout is for each read and write, and a store
 * that trickles its answer would never reach it. */
typedef struct
{
  GMutex lock;
  GCond cond;
  gboolean done;
  gint64 deadline;
  GCancellable *cancel;
  GThread *thread;
} Watchdog;

static gpointer
watch (gpointer data)
{
  Watchdog *w = data;

  g_mutex_lock (&w->lock);
  while (!w->done)
    if (!g_cond_wait_until (&w->cond, &w->lock, w->deadline))
      break;
  if (!w->done)
    g_cancellable_cancel (w->cancel);
  g_mutex_unlock (&w->lock);
  return NULL;
}

static void
watchdog_start (Watchdog *w, guint seconds)
{
  g_mutex_init (&w->lock);
  g_cond_init (&w->cond);
  w->done = FALSE;
  w->cancel = g_cancellable_new ();
  w->deadline = g_get_monotonic_time () + (gint64)seconds * G_TIME_SPAN_SECOND;
  w->thread = seconds ? g_thread_new ("dg-deadline", watch, w) : NULL;
}

static void
watchdog_stop (Watchdog *w)
{
  g_mutex_lock (&w->lock);
  w->done = TRUE;
  g_cond_signal (&w->cond);
  g_mutex_unlock (&w->lock);
  if (w->thread)
    g_thread_join (w->thread);
  g_object_unref (w->cancel);
  g_mutex_clear (&w->lock);
  g_cond_clear (&w->cond);
}

static int
port_of (GUri *uri)
{
  int port = g_uri_get_port (uri);

  if (port > 0)
    return port;
  return g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0 ? 443 : 80;
}

static gboolean
same_origin (GUri *a, GUri *b)
{
  return g_ascii_strcasecmp (g_uri_get_scheme (a), g_uri_get_scheme (b)) == 0
         && g_ascii_strcasecmp (g_uri_get_host (a), g_uri_get_host (b)) == 0
         && port_of (a) == port_of (b);
}

/* Sends one request and reads the first MAX_REPLY bytes of the answer into
 * @reply, within the timeout; follows 307 and 308 to the same origin.  The
 * message of the last request, or %NULL with @error when the store could
 * not be reached, did not answer in time, or redirects elsewhere. */
static SoupMessage *
exchange (DgGraphStore *self, SoupSession *session, const char *method, const char *url,
          GBytes *body, GBytes **reply, GError **error)
{
  g_autoptr (GUri) uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, NULL);

  for (guint hops = 0;; hops++)
    {
      g_autoptr (SoupMessage) msg = soup_message_new_from_uri (method, uri);
      g_autoptr (GInputStream) in = NULL;
      g_autoptr (GError) local_error = NULL;
      g_autofree guint8 *buf = g_malloc (MAX_REPLY);
      g_autofree char *shown = g_uri_to_string (uri);
      AuthState auth = { self, FALSE };
      Watchdog watchdog;
      gsize got = 0;
      guint status;

      soup_message_add_flags (msg, SOUP_MESSAGE_NO_REDIRECT);
      if (body)
        {
          soup_message_set_request_body_from_bytes (msg, TURTLE_TYPE, body);
          g_signal_connect (msg, "restarted", G_CALLBACK (on_restarted), body);
        }
      g_signal_connect (msg, "authenticate", G_CALLBACK (on_authenticate), &auth);
      watchdog_start (&watchdog, self->timeout);
      in = soup_session_send (session, msg, watchdog.cancel, &local_error);
      if (in)
        g_input_stream_read_all (in, buf, MAX_REPLY, &got, watchdog.cancel, &local_error);
      if (in && !local_error)
        g_input_stream_close (in, NULL, NULL);
      watchdog_stop (&watchdog);
      self->n_requests++;
      if (local_error)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_set_error (error, DG_ERROR, DG_ERROR_IO,
                         "%s %s: no complete answer within %u s (--timeout)", method, shown,
                         self->timeout);
          else
            g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s %s: %s", method, shown,
                         local_error->message);
          return NULL;
        }
      status = soup_message_get_status (msg);
      if (status == SOUP_STATUS_TEMPORARY_REDIRECT || status == SOUP_STATUS_PERMANENT_REDIRECT)
        {
          const char *location = soup_message_headers_get_one (
              soup_message_get_response_headers (msg), "Location");
          g_autoptr (GUri) next
              = location ? g_uri_parse_relative (uri, location, SOUP_HTTP_URI_FLAGS, NULL) : NULL;

          if (next && same_origin (uri, next) && hops < MAX_REDIRECTS)
            {
              g_uri_unref (uri);
              uri = g_steal_pointer (&next);
              continue;
            }
          if (next && !same_origin (uri, next))
            {
              g_set_error (error, DG_ERROR, DG_ERROR_IO,
                           "%s %s: HTTP %u redirects to another server (%s): not followed, "
                           "so that no credentials go there; give that URL as the endpoint "
                           "if you trust it",
                           method, shown, status, location);
              return NULL;
            }
        }
      *reply = g_bytes_new (buf, got);
      return g_steal_pointer (&msg);
    }
}

/* Before any body is sent: a HEAD request, which settles authentication
 * (libsoup then sends the credentials with every request of the session)
 * and finds a store that cannot be reached or refuses us.  Without it a
 * store that answers 401 to a large PUT and closes the connection while
 * the body is still being sent gives a broken pipe instead of its reason.
 * Any answer but 401 and 407 will do: a graph that does not exist yet is
 * a 404. */
static gboolean
preflight (DgGraphStore *self, SoupSession *session, const char *graph, GError **error)
{
  g_autofree char *url = request_url (self, graph);
  g_autoptr (GBytes) reply = NULL;
  g_autoptr (SoupMessage) msg = exchange (self, session, "HEAD", url, NULL, &reply, error);
  guint status;

  if (!msg)
    return FALSE;
  status = soup_message_get_status (msg);
  if (status == SOUP_STATUS_UNAUTHORIZED || status == SOUP_STATUS_PROXY_UNAUTHORIZED)
    return check_status (self, msg, "HEAD", url, reply, error);
  return TRUE;
}

static gboolean
send_graph (DgGraphStore *self, SoupSession *session, DgRdfWriter *writer, const char *graph,
            DgPushMode mode, GError **error)
{
  g_autoptr (GOutputStream) buffer = g_memory_output_stream_new_resizable ();
  g_autoptr (SoupMessage) msg = NULL;
  g_autoptr (GBytes) body = NULL;
  g_autoptr (GBytes) reply = NULL;
  g_autofree char *url = request_url (self, graph);
  const char *method = mode == DG_PUSH_ADD ? "POST" : "PUT";

  if (!dg_rdf_writer_write (writer, buffer, error) || !g_output_stream_close (buffer, NULL, error))
    return FALSE;
  body = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (buffer));
  msg = exchange (self, session, method, url, body, &reply, error);
  if (!msg || !check_status (self, msg, method, url, reply, error))
    return FALSE;
  self->n_triples += dg_rdf_writer_get_n_written (writer);
  return TRUE;
}

/**
 * dg_graph_store_push:
 * @self: a #DgGraphStore
 * @graph: the graph to upload
 * @graph_iri: (nullable): put every statement in this named graph; %NULL
 *   to send each named graph of the dataset (one per source document) to
 *   its own graph, and the rest to the default graph
 * @mode: replace the graphs or add to them
 * @error: return location for a #GError, or %NULL
 *
 * Uploads @graph as Turtle, one request per graph, after a HEAD request
 * that settles authentication.  Stops at the first request that fails; the
 * graphs sent before it stay in the store.
 *
 * Returns: %TRUE if the store accepted every request
 */
gboolean
dg_graph_store_push (DgGraphStore *self, DgGraph *graph, const char *graph_iri, DgPushMode mode,
                     GError **error)
{
  g_autoptr (SoupSession) session = NULL;
  g_autoptr (DgRdfWriter) writer = NULL;
  g_autoptr (GPtrArray) graphs = NULL;

  g_return_val_if_fail (DG_IS_GRAPH_STORE (self), FALSE);
  g_return_val_if_fail (DG_IS_GRAPH (graph), FALSE);
  if ((graph_iri && !dg_iri_validate (graph_iri, error))
      || (self->unsourced_graph && !dg_iri_validate (self->unsourced_graph, error)))
    return FALSE;
  session = soup_session_new_with_options ("timeout", self->timeout, "user-agent",
                                           "diplograph/" PACKAGE_VERSION, NULL);
  writer = dg_rdf_writer_new (graph, DG_RDF_FORMAT_TURTLE);
  dg_rdf_writer_set_with_ontology (writer, self->with_ontology);
  if (graph_iri)
    {
      /* Everything to one graph, but the ontology to its own. */
      if (!preflight (self, session, graph_iri, error))
        return FALSE;
      if (self->with_ontology)
        {
          dg_rdf_writer_set_only_graph (writer, DG_ONTOLOGY_IRI);
          if (!send_graph (self, session, writer, DG_ONTOLOGY_IRI, mode, error))
            return FALSE;
          dg_rdf_writer_set_with_ontology (writer, FALSE);
          dg_rdf_writer_set_only_graph (writer, NULL);
        }
      return send_graph (self, session, writer, graph_iri, mode, error);
    }
  graphs = dg_rdf_writer_list_graphs (writer);
  /* A blank node names a graph only inside one document.  Checked before
   * the first request, so that a refused push sends nothing. */
  for (guint i = 0; i < graphs->len; i++)
    {
      const char *name = g_ptr_array_index (graphs, i);

      if (name[0] == '_' && name[1] == ':')
        {
          g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                       "graph %s has no IRI, so a store cannot name it: push with --graph", name);
          return FALSE;
        }
    }
  for (guint i = 0; i < graphs->len; i++)
    {
      const char *name = g_ptr_array_index (graphs, i);
      const char *target = *name == '\0' && self->unsourced_graph ? self->unsourced_graph : name;

      dg_rdf_writer_set_only_graph (writer, name);
      if ((i == 0 && !preflight (self, session, target, error))
          || !send_graph (self, session, writer, target, mode, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * dg_graph_store_get_n_requests:
 * @self: a #DgGraphStore
 *
 * Returns: the HTTP requests sent so far (a HEAD, then one per graph, for
 *   each push)
 */
guint
dg_graph_store_get_n_requests (DgGraphStore *self)
{
  g_return_val_if_fail (DG_IS_GRAPH_STORE (self), 0);
  return self->n_requests;
}

/**
 * dg_graph_store_get_n_triples:
 * @self: a #DgGraphStore
 *
 * Returns: the triples the store accepted so far
 */
guint64
dg_graph_store_get_n_triples (DgGraphStore *self)
{
  g_return_val_if_fail (DG_IS_GRAPH_STORE (self), 0);
  return self->n_triples;
}
