/*
 * text-dump.c -- write the text writer's test models (text_models.c)
 * for the property checker: DIR/NAME.json and DIR/NAME.wW.txt for each
 * width given.  Usage: text-dump DIR WIDTH...
 */
#include <stdio.h>
#include <stdlib.h>

#include "text_models.c"

int
main(int argc, char *argv[])
{
	size_t	i;
	int	k;
	char	path[4096];

	if (argc < 3) {
		fprintf(stderr, "usage: text-dump DIR WIDTH...\n");
		return 2;
	}
	for (i = 0; i < TEXT_NMODELS; i++) {
		struct qr_doc		*doc = text_models[i].make();
		struct qr_options	 opt;
		FILE			*f;

		qr_options_init(&opt);
		snprintf(path, sizeof(path), "%s/%s.json", argv[1],
		    text_models[i].name);
		if ((f = fopen(path, "w")) == NULL ||
		    qr_write(doc, QR_OUT_JSON, f, &opt, NULL) != QR_OK ||
		    fclose(f) != 0) {
			perror(path);
			return 1;
		}
		for (k = 2; k < argc; k++) {
			opt.width = atoi(argv[k]);
			snprintf(path, sizeof(path), "%s/%s.w%d.txt", argv[1],
			    text_models[i].name, opt.width);
			if ((f = fopen(path, "w")) == NULL ||
			    qr_write(doc, QR_OUT_TEXT, f, &opt, NULL) != QR_OK ||
			    fclose(f) != 0) {
				perror(path);
				return 1;
			}
		}
		qr_doc_free(doc);
	}
	return 0;
}
