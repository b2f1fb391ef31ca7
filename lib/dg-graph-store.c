/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "diplograph.h"
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
 * same main context), handles Basic and Digest authentication and
 * redirects, and TLS through glib-networking, so no glue is needed between
 * it and the rest of the library.
 */

struct _DgGraphStore
{
  GObject parent_instance;
  GUri *endpoint;
  char *user;
  char *password;
  char *unsourced_graph;
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

  g_return_val_if_fail (endpoint != NULL, NULL);
  uri = g_uri_parse (endpoint, SOUP_HTTP_URI_FLAGS, &local_error);
  if (!uri)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "endpoint %s: %s", endpoint,
                   local_error->message);
      return NULL;
    }
  if ((g_strcmp0 (g_uri_get_scheme (uri), "http") != 0
       && g_strcmp0 (g_uri_get_scheme (uri), "https") != 0)
      || !g_uri_get_host (uri) || !*g_uri_get_host (uri))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "endpoint %s: not an http: or https: URL", endpoint);
      return NULL;
    }
  if (g_uri_get_query (uri))
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE,
                   "endpoint %s: give the URL without a query; diplograph adds ?graph=", endpoint);
      return NULL;
    }
  self = g_object_new (DG_TYPE_GRAPH_STORE, NULL);
  self->endpoint = g_steal_pointer (&uri);
  return self;
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
 * dg_graph_store_set_timeout:
 * @self: a #DgGraphStore
 * @seconds: how long to wait for the store to answer; 0 for ever
 *
 * The default is 300 seconds: a large graph takes a store a while to load.
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

static gboolean
check_status (DgGraphStore *self, SoupMessage *msg, const char *method, const char *url,
              GBytes *reply, GError **error)
{
  guint status = soup_message_get_status (msg);
  g_autofree char *summary = NULL;

  if (SOUP_STATUS_IS_SUCCESSFUL (status))
    return TRUE;
  summary = summary_of (reply);
  g_set_error (
      error, DG_ERROR, DG_ERROR_IO, "%s %s: HTTP %u %s%s%s%s", method, url, status,
      soup_message_get_reason_phrase (msg),
      status == SOUP_STATUS_UNAUTHORIZED && !self->user ? " (the store wants a user: --user)" : "",
      *summary ? ": " : "", summary);
  return FALSE;
}

/* Sends @msg, answering the store's authentication; the reply, or %NULL
 * with @error when the store could not be reached. */
static GBytes *
exchange (DgGraphStore *self, SoupSession *session, SoupMessage *msg, const char *url,
          GError **error)
{
  g_autoptr (GError) local_error = NULL;
  AuthState auth = { self, FALSE };
  GBytes *reply;

  g_signal_connect (msg, "authenticate", G_CALLBACK (on_authenticate), &auth);
  reply = soup_session_send_and_read (session, msg, NULL, &local_error);
  self->n_requests++;
  if (!reply)
    g_set_error (error, DG_ERROR, DG_ERROR_IO, "%s %s: %s", soup_message_get_method (msg), url,
                 local_error->message);
  return reply;
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
  g_autoptr (SoupMessage) msg = soup_message_new ("HEAD", url);
  g_autoptr (GBytes) reply = exchange (self, session, msg, url, error);
  guint status;

  if (!reply)
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
  msg = soup_message_new (method, url);
  if (!msg)
    {
      g_set_error (error, DG_ERROR, DG_ERROR_INVALID_VALUE, "%s: not a URL", url);
      return FALSE;
    }
  soup_message_set_request_body_from_bytes (msg, TURTLE_TYPE, body);
  g_signal_connect (msg, "restarted", G_CALLBACK (on_restarted), body);
  reply = exchange (self, session, msg, url, error);
  if (!reply || !check_status (self, msg, method, url, reply, error))
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
  if (graph_iri)
    return preflight (self, session, graph_iri, error)
           && send_graph (self, session, writer, graph_iri, mode, error);
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
