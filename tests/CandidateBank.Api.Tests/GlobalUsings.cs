global using CandidateBank.Matching.Tests;
