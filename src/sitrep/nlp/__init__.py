"""Shared text primitives for the analysis stages: sentences and word tokens with offsets."""
