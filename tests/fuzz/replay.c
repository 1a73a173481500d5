/*
 * replay.c -- run a fuzz harness on files, without libFuzzer: the
 * regression tests of `make check` (tests/fuzz/regress/HARNESS/) and a
 * way to reproduce a crash file under gdb or valgrind.
 *
 *	replay [-q] FILE|DIR...
 *
 * A directory means every regular file in it.  Exit 0 when every input
 * ran (a finding aborts, with the sanitizer's or oracle's report).
 */
#include <sys/stat.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static int quiet;

static int
run_file(const char *path)
{
	FILE	*f = fopen(path, "rb");
	char	*buf;
	long	 n;
	size_t	 got;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) != 0) {
		perror(path);
		if (f != NULL)
			fclose(f);
		return 1;
	}
	/* Exactly n bytes, not NUL-terminated: as libFuzzer gives them. */
	if ((buf = malloc(n > 0 ? (size_t)n : 1)) == NULL)
		abort();
	got = fread(buf, 1, (size_t)n, f);
	fclose(f);
	if (got != (size_t)n) {
		fprintf(stderr, "%s: short read\n", path);
		free(buf);
		return 1;
	}
	if (!quiet)
		fprintf(stderr, "replay: %s (%ld bytes)\n", path, n);
	LLVMFuzzerTestOneInput((const uint8_t *)buf, got);
	free(buf);
	return 0;
}

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
main(int argc, char *argv[])
{
	int	i, bad = 0, count = 0;

	if (argc > 1 && strcmp(argv[1], "-q") == 0) {
		quiet = 1;
		argc--, argv++;
	}
	for (i = 1; i < argc; i++) {
		struct stat	 st;
		DIR		*d;
		struct dirent	*e;
		char		**names = NULL;
		size_t		 nn = 0, k;

		if (stat(argv[i], &st) != 0) {
			perror(argv[i]);
			bad = 1;
			continue;
		}
		if (!S_ISDIR(st.st_mode)) {
			bad |= run_file(argv[i]);
			count++;
			continue;
		}
		if ((d = opendir(argv[i])) == NULL) {
			perror(argv[i]);
			bad = 1;
			continue;
		}
		while ((e = readdir(d)) != NULL) {
			char *p;

			if (e->d_name[0] == '.')
				continue;
			if ((p = malloc(strlen(argv[i]) + strlen(e->d_name) +
			    2)) == NULL)
				abort();
			sprintf(p, "%s/%s", argv[i], e->d_name);
			if (stat(p, &st) != 0 || !S_ISREG(st.st_mode)) {
				free(p);
				continue;
			}
			if ((names = realloc(names, (nn + 1) *
			    sizeof(*names))) == NULL)
				abort();
			names[nn++] = p;
		}
		closedir(d);
		qsort(names, nn, sizeof(*names), cmp);
		for (k = 0; k < nn; k++) {
			bad |= run_file(names[k]);
			count++;
			free(names[k]);
		}
		free(names);
	}
	printf("replay: %d inputs\n", count);
	return bad;
}
