#!/usr/bin/env bash
# Prepares the Polish dictionary for PostgreSQL full-text search on the DATABASE SERVER (Debian or
# Ubuntu with the PGDG/Debian PostgreSQL packages). Run as root, after:
#
#     apt-get install hunspell-pl
#
# (its postgresql-common trigger runs pg_updatedicts, which converts the hunspell files into
# /var/cache/postgresql/dicts/pl_pl.{dict,affix} and links them into each PostgreSQL version's
# tsearch_data directory). This script adds pl_pl_unaccent.{dict,affix}: the same dictionary with
# the diacritics stripped by PostgreSQL's own unaccent.rules. The `polish` text search
# configuration runs unaccent before the dictionary, so the dictionary must not need diacritics:
# then "ksiazki" and "książki" both become the lexeme "ksiazka".
#
# Idempotent: files are rewritten only when their content changes. Afterwards, in the project:
#     manage.py setup_polish_search && manage.py update_index
# (a fresh database gets the configuration from `manage.py migrate`).
#
# Usage: install_polish_dictionary.sh [POSTGRESQL_MAJOR_VERSION ...]   (default: every installed one)
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    echo "Run as root: it writes into PostgreSQL's share directory." >&2
    exit 1
fi

source_dir=/var/cache/postgresql/dicts
if [ ! -s "$source_dir/pl_pl.dict" ] || [ ! -s "$source_dir/pl_pl.affix" ]; then
    if [ -e /usr/share/hunspell/pl_PL.dic ] && command -v pg_updatedicts >/dev/null; then
        # hunspell-pl was installed before PostgreSQL, so its trigger had nothing to convert for.
        pg_updatedicts
    fi
fi
if [ ! -s "$source_dir/pl_pl.dict" ] || [ ! -s "$source_dir/pl_pl.affix" ]; then
    echo "No $source_dir/pl_pl.{dict,affix}: install the dictionary first (apt-get install hunspell-pl)." >&2
    exit 1
fi

if [ $# -gt 0 ]; then
    versions=("$@")
else
    versions=()
    for dir in /usr/share/postgresql/*/tsearch_data; do
        [ -d "$dir" ] && versions+=("$(basename "$(dirname "$dir")")")
    done
fi
if [ ${#versions[@]} -eq 0 ]; then
    echo "No PostgreSQL share directory under /usr/share/postgresql: is the server installed here?" >&2
    exit 1
fi

# Perl, not Python: postgresql-common (pg_updatedicts) is written in Perl, so it is on every
# machine that runs these PostgreSQL packages, however minimal.
# Arguments: unaccent.rules, source file, destination file, "dict" or "affix".
read -r -d '' strip_diacritics <<'PERL' || true
use strict;
use warnings;
my ($rules_file, $source_file, $destination_file, $kind) = @ARGV;
my %plain;
open(my $rules, "<:encoding(UTF-8)", $rules_file) or die "$rules_file: $!";
while (my $rule = <$rules>) {
    my @parts = split " ", $rule;
    # Single characters with a replacement; ligatures and deletions do not occur in the dictionary.
    $plain{$parts[0]} = $parts[1] if @parts == 2 && length($parts[0]) == 1;
}
close $rules;
my $accented = join "", map { quotemeta } keys %plain;
open(my $in, "<:encoding(UTF-8)", $source_file) or die "$source_file: $!";
open(my $out, ">:encoding(UTF-8)", $destination_file) or die "$destination_file: $!";
while (my $line = <$in>) {
    if ($kind eq "affix" && $line =~ /^(?:SFX|PFX)\s/) {
        my @fields = split " ", $line;
        if (@fields >= 5) {
            # In a rule's condition, a negated class of accented letters ([^ę]) must not become
            # [^e]: that would forbid the plain letter too ("pisarz" via [^ż] -> [^z]). hunspell-pl
            # affix flags are ASCII letters, so the rest of the file can be transliterated as is.
            $fields[4] =~ s{\[\^([^\]]*)\]}{
                my $kept = join "", grep { !exists $plain{$_} } split //, $1;
                length($kept) ? "[^$kept]" : ".";
            }ge;
            $line = join(" ", @fields) . "\n";
        }
    }
    $line =~ s/([$accented])/$plain{$1}/g;
    print $out $line;
}
close $out or die "$destination_file: $!";
PERL

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

for version in "${versions[@]}"; do
    tsearch_data=/usr/share/postgresql/$version/tsearch_data
    if [ ! -f "$tsearch_data/unaccent.rules" ]; then
        echo "PostgreSQL $version: no $tsearch_data/unaccent.rules (postgresql-contrib missing?)" >&2
        exit 1
    fi
    for kind in dict affix; do
        built=$scratch/pl_pl_unaccent.$kind
        perl -e "$strip_diacritics" "$tsearch_data/unaccent.rules" \
            "$source_dir/pl_pl.$kind" "$built" "$kind"
        target=$tsearch_data/pl_pl_unaccent.$kind
        if [ -f "$target" ] && cmp -s "$built" "$target"; then
            echo "PostgreSQL $version: $target is up to date"
        else
            install -m 0644 "$built" "$target"
            echo "PostgreSQL $version: wrote $target"
        fi
    done
done

echo "Next, in the project: manage.py setup_polish_search && manage.py update_index"
