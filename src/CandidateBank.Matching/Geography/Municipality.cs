namespace CandidateBank.Matching.Geography;

public sealed record Municipality(int Code, string Name, string Region, double Lat, double Lon);
