// The few poppler-glib calls verify needs to read a scanned PDF, with opaque pointers: poppler.h would bring its own
// copies of Cairo's and GLib's types, which clash with the CCairo and CGdkPixbuf modules'. Declarations from poppler-glib 22.
void *poppler_document_new_from_file(const char *uri, const char *password, void **error);
int poppler_document_get_n_pages(void *document);
void *poppler_document_get_page(void *document, int index);
void poppler_page_get_size(void *page, double *width, double *height);
void poppler_page_render(void *page, void *cairo);
