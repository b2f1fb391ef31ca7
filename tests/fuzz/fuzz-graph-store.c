/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: what a store answers.  A server on loopback, in a
 * thread, answers every request with the fuzzer's bytes (status line,
 * headers, body, all of it) and closes; `push` of a small graph must end
 * in success or an error, within its timeout, never a crash or a hang, and
 * never send a request anywhere but that server. */
#include "config.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "diplograph.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static GMutex lock;
static GBytes *answer;
static int port;

static gpointer
serve (gpointer data)
{
  int listener = GPOINTER_TO_INT (data);

  for (;;)
    {
      int fd = accept (listener, NULL, NULL);
      char buf[65536];
      GBytes *bytes;
      gsize len;
      const char *out;
      struct timeval tv = { 0, 200000 };

      if (fd < 0)
        continue;
      setsockopt (fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
      /* The request: its head, and whatever of its body has come. */
      while (recv (fd, buf, sizeof buf, 0) == (ssize_t)sizeof buf)
        ;
      g_mutex_lock (&lock);
      bytes = g_bytes_ref (answer);
      g_mutex_unlock (&lock);
      out = g_bytes_get_data (bytes, &len);
      while (len > 0)
        {
          ssize_t n = send (fd, out, len, MSG_NOSIGNAL);
          if (n <= 0)
            break;
          out += n;
          len -= (gsize)n;
        }
      g_bytes_unref (bytes);
      shutdown (fd, SHUT_WR);
      close (fd);
    }
  return NULL;
}

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static DgGraph *graph;
  g_autoptr (DgGraphStore) store = NULL;
  g_autofree char *url = NULL;

  if (!graph)
    {
      struct sockaddr_in addr = { 0 };
      socklen_t alen = sizeof addr;
      int listener = socket (AF_INET, SOCK_STREAM, 0);
      g_autoptr (DgReader) reader = NULL;

      addr.sin_family = AF_INET;
      addr.sin_addr.s_addr = htonl (INADDR_LOOPBACK);
      if (listener < 0 || bind (listener, (struct sockaddr *)&addr, sizeof addr) != 0
          || listen (listener, 16) != 0
          || getsockname (listener, (struct sockaddr *)&addr, &alen) != 0)
        abort ();
      port = ntohs (addr.sin_port);
      answer = g_bytes_new ("", 0);
      g_thread_unref (g_thread_new ("fuzz-store", serve, GINT_TO_POINTER (listener)));
      graph = dg_graph_new (dg_ontology_new (NULL));
      reader = dg_reader_new (graph);
      dg_reader_read_data (reader,
                           "SourceDocument s1 \"One\"@en\nState vn \"Vietnam\"@en\n"
                           "  cite s1 \"Vietnam\"\n",
                           -1, "store.dg", NULL);
      dg_reader_finish (reader, NULL);
    }
  g_mutex_lock (&lock);
  g_bytes_unref (answer);
  answer = g_bytes_new (data, size);
  g_mutex_unlock (&lock);
  url = g_strdup_printf ("http://127.0.0.1:%d/store", port);
  store = dg_graph_store_new (url, NULL);
  dg_graph_store_set_timeout (store, 2);
  dg_graph_store_set_credentials (store, "user", "secret");
  dg_graph_store_push (store, graph, NULL, DG_PUSH_REPLACE, NULL);
  return 0;
}
